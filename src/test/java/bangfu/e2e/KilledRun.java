package bangfu.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged jar as a process that a test stops at a step of its own choosing: bangfu prints a
 * machine-readable line per step ({@code BANGFU_TRACE_PROGRESS=1}), the test waits for the step it wants, then
 * freezes the process (SIGSTOP), copies the database as it is on disk at that instant, lets it go on, and at the
 * last step kills it (SIGKILL). No clock anywhere: a loaded machine only makes it slower.
 *
 * <p>A frozen copy is exactly what a SIGKILL at that instant would leave: a stopped process writes nothing, and
 * a kill discards nothing that was already written. So one process gives several kill points, the last one a
 * real kill.
 *
 * <p>Another command gets kill points by printing its own steps through {@code BangfuCommand.trace()} ({@code
 * trace().event("rows", n, what)} after each batch it writes, {@code "committing"} before its commit); a test
 * then waits for them with {@link #freezeAt} and a {@link Step} predicate of its own.
 */
final class KilledRun implements AutoCloseable {
    /** One progress line: {@code bangfu-progress EVENT [COUNT FILE]}. */
    record Step(String event, long count, String file) {
        static Step parse(String line) {
            String[] parts = line.substring("bangfu-progress ".length()).split(" ", 3);
            return new Step(parts[0], parts.length > 1 ? Long.parseLong(parts[1]) : 0, parts.length > 2 ? parts[2] : "");
        }

        /** The first step at or after {@code rows} rows of {@code file}, committing included. */
        static Predicate<Step> rows(String file, long rows) {
            return s -> s.file().equals(file) && s.count() >= rows && !s.event().equals("committed");
        }

        static Predicate<Step> committing(String file) {
            return s -> s.file().equals(file) && s.event().equals("committing");
        }

        static Predicate<Step> start() {
            return s -> s.event().equals("start");
        }
    }

    private final Process process;
    private final BufferedReader progress;
    private final List<String> otherLines = new ArrayList<>();
    private boolean frozen;

    private KilledRun(Process process) {
        this.process = process;
        this.progress = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code bin/bangfu ARGS} in {@code dir} with its progress lines on. */
    static KilledRun start(Path dir, String... args) throws IOException {
        return start(dir, java.util.Map.of(), args);
    }

    /** The same with more environment, e.g. {@code BANGFU_JAVA_OPTS}. */
    static KilledRun start(Path dir, java.util.Map<String, String> env, String... args) throws IOException {
        ProcessBuilder pb = Bangfu.builder(dir, args).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        pb.environment().put("BANGFU_TRACE_PROGRESS", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        return new KilledRun(p);
    }

    /**
     * Waits for the first step that matches and freezes the process there; returns the step, or null when the
     * process ended (or went past every matching step) without one.
     */
    Step freezeAt(Predicate<Step> wanted) throws IOException {
        thaw();
        for (String line; (line = progress.readLine()) != null; ) {
            if (!line.startsWith("bangfu-progress ")) {
                otherLines.add(line);
                continue;
            }
            Step step = Step.parse(line);
            if (wanted.test(step)) {
                signal("STOP");
                frozen = true;
                return step;
            }
        }
        return null;
    }

    /** Copies the database and the files SQLite keeps beside it, as they are now, into {@code folder}. */
    Path copyDatabase(Path db, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(db.getFileName());
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path from = Path.of(db + suffix);
            if (Files.exists(from)) Files.copy(from, Path.of(copy + suffix), StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** Lets a frozen process go on. */
    void thaw() {
        if (!frozen) return;
        signal("CONT");
        frozen = false;
    }

    /** SIGKILL, frozen or not, and waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("bangfu survived SIGKILL");
        frozen = false;
    }

    /** SIGTERM, as Ctrl-C or a closed terminal sends, and waits for the process to be gone; returns its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        thaw();
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("bangfu ignored SIGTERM");
        return process.exitValue();
    }

    /** Lets the process finish on its own; returns its exit code. */
    int finish() throws IOException, InterruptedException {
        thaw();
        for (String line; (line = progress.readLine()) != null; ) {
            if (!line.startsWith("bangfu-progress ")) otherLines.add(line);
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("bangfu did not finish");
        return process.exitValue();
    }

    /** What the process printed on stderr besides its progress lines. */
    List<String> otherLines() {
        return otherLines;
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            if (kill.waitFor() != 0 && process.isAlive()) throw new IllegalStateException("kill -" + name + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
