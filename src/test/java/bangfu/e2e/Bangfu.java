package bangfu.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the packaged jar through bin/bangfu as a separate process, the way a clerk's script does. */
record Bangfu(int exit, String out, String err) {
    static final Path JAR = Path.of(System.getProperty("bangfu.jar", "target/bangfu.jar"));

    static ProcessBuilder builder(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of("bin/bangfu").toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = pb.environment();
        env.put("BANGFU_JAR", JAR.toAbsolutePath().toString());
        // The office PC's locale is unknown: the launcher must print UTF-8 and read Chinese file names even
        // under LANG=C with LC_ALL set but empty.
        env.put("LANG", "C");
        env.put("LC_ALL", "");
        for (String other : java.util.List.of("LC_MESSAGES", "LC_CTYPE", "BANGFU_LOCALE", "BANGFU_DB")) env.remove(other);
        return pb;
    }

    static Bangfu run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    /** The same with more environment, e.g. {@code BANGFU_JAVA_OPTS}. */
    static Bangfu run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = builder(workDir, args);
        pb.environment().putAll(env);
        return run(pb);
    }

    static Bangfu run(ProcessBuilder builder) throws IOException, InterruptedException {
        List<String> command = builder.command();
        bangfu.PrivacyScan.Before before = bangfu.PrivacyScan.before(builder.directory().toPath(),
                command.subList(1, command.size()).toArray(String[]::new));
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("bangfu did not finish");
        }
        Bangfu run = new Bangfu(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        before.check(run.out(), run.err());
        return run;
    }
}
