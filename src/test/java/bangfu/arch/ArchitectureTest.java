package bangfu.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows point one way (cli → domain packages → model) and each library stays in its one package:
 * POI in sheet, SQL in store, picocli in cli, Jackson's YAML and data binding in config.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/bangfu");

    /** What each package may import from bangfu besides itself and model. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            // the lifecycle rules are pure: the store writes their results, every command reads them
            Map.entry("lifecycle", Set.of()),
            Map.entry("sheet", Set.of()),
            Map.entry("validate", Set.of("sheet", "lifecycle")),
            Map.entry("config", Set.of()),
            // the storage adapter fills the records the classifier defines
            Map.entry("store", Set.of("classify", "lifecycle")),
            Map.entry("load", Set.of("sheet", "validate", "store", "lifecycle")),
            Map.entry("check", Set.of("store", "lifecycle")),
            Map.entry("report", Set.of("store", "lifecycle")),
            // pure: the policy records of config and the shared model, no SQL, POI, picocli or Jackson
            Map.entry("classify", Set.of("config", "lifecycle")),
            Map.entry("visit", Set.of("store", "lifecycle", "load")),
            Map.entry("cli", Set.of("config", "sheet", "validate", "store", "load", "check", "report", "classify", "lifecycle",
                    "visit")));

    /** Libraries and the only packages that may use them. */
    static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.apache.poi", Set.of("sheet"),
            "java.sql", Set.of("store"),
            "org.sqlite", Set.of("store"),
            "picocli", Set.of("cli"),
            "com.fasterxml.jackson.databind", Set.of("config"),
            "com.fasterxml.jackson.dataformat", Set.of("config"),
            "com.fasterxml.jackson.core", Set.of("config", "cli"),
            "me.tongfei", Set.of("cli"),
            "de.siegmar.fastcsv", Set.of("sheet"));

    @Test
    void packagesDependOnlyDownwardsAndLibrariesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) continue; // Main.java
                String pkg = relative.getName(0).toString();
                assertThat(ALLOWED).as("package %s has no rule", pkg).containsKey(pkg);
                for (String imported : imports(file)) {
                    if (imported.startsWith("bangfu.")) {
                        String target = imported.split("\\.")[1];
                        if (!target.equals(pkg) && !target.equals("model") && !ALLOWED.get(pkg).contains(target)) {
                            violations.add(relative + " imports " + imported);
                        }
                    }
                    LIBRARIES.forEach((lib, owners) -> {
                        if (imported.startsWith(lib + ".") && !owners.contains(pkg)) violations.add(relative + " uses " + imported);
                    });
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The lifecycle is pure: the JDK (without java.sql or java.io files) and the model, nothing else. */
    @Test
    void theLifecycleSeesNoDatabaseNoSpreadsheetAndNoCommandLine() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("lifecycle"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String imported : imports(file)) {
                    boolean jdk = imported.startsWith("java.") && !imported.startsWith("java.sql") && !imported.startsWith("java.nio")
                            && !imported.startsWith("java.io");
                    boolean own = imported.startsWith("bangfu.model.") || imported.startsWith("bangfu.lifecycle.");
                    if (!jdk && !own) violations.add(MAIN.relativize(file) + " uses " + imported);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyMainTouchesTheProcessStreamsAndExit() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Main.java")).toList()) {
                String text = Files.readString(file);
                for (String forbidden : List.of("System.out", "System.exit(", "System.err")) {
                    if (text.contains(forbidden)) violations.add(MAIN.relativize(file) + " uses " + forbidden);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Imports and fully qualified references: both are dependencies. */
    private static List<String> imports(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String t = line.strip();
                if (t.startsWith("import ")) out.add(t.replace("import static ", "").replace("import ", "").replace(";", ""));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(bangfu\\.[a-z]+\\.[A-Z]\\w*|org\\.apache\\.poi\\.\\w+|java\\.sql\\.\\w+)")
                    .matcher(Files.readString(file));
            while (m.find()) out.add(m.group(1));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
