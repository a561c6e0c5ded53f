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
 * POI in sheet, SQL in the storage adapters (store.sqlite, store.postgres) and the portable JDBC both share
 * (store.jdbc, which names no driver), picocli in cli, Jackson's YAML and data
 * binding in config. The domain sees the storage only through the interfaces of store.
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
            // the storage interface hands out the records the classifier defines; only its factory names the adapters
            Map.entry("store", Set.of("classify", "lifecycle")),
            // SQL written once for both engines; it knows neither driver nor adapter
            Map.entry("store.jdbc", Set.of("store", "classify", "lifecycle")),
            Map.entry("store.sqlite", Set.of("store", "store.jdbc", "classify", "lifecycle")),
            Map.entry("store.postgres", Set.of("store", "store.jdbc", "classify", "lifecycle")),
            Map.entry("load", Set.of("sheet", "validate", "store", "lifecycle")),
            Map.entry("check", Set.of("store", "lifecycle")),
            Map.entry("report", Set.of("store", "lifecycle")),
            // pure: the policy records of config and the shared model, no SQL, POI, picocli or Jackson
            Map.entry("classify", Set.of("config", "lifecycle")),
            Map.entry("visit", Set.of("store", "lifecycle", "load")),
            Map.entry("cli", Set.of("config", "sheet", "validate", "store", "load", "check", "report", "classify", "lifecycle",
                    "visit")));

    /** The one file of the interface package that opens an adapter: it picks the engine from the location. */
    static final Path STORAGE_FACTORY = Path.of("store/Stores.java");

    /** Libraries and the only packages that may use them. */
    static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.apache.poi", Set.of("sheet"),
            "java.sql", Set.of("store.jdbc", "store.sqlite", "store.postgres"),
            "org.sqlite", Set.of("store.sqlite"),
            "org.postgresql", Set.of("store.postgres"),
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
                String pkg = packageOf(relative);
                assertThat(ALLOWED).as("package %s has no rule", pkg).containsKey(pkg);
                for (String imported : imports(file)) {
                    if (imported.startsWith("bangfu.")) {
                        String target = packageOf(imported);
                        boolean factory = relative.equals(STORAGE_FACTORY) && target.startsWith("store.");
                        if (!target.equals(pkg) && !target.equals("model") && !ALLOWED.get(pkg).contains(target) && !factory) {
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

    /** A file's or a type's package under bangfu: its first folder, or store.sqlite / store.postgres / store.jdbc for the adapters and their shared SQL. */
    static String packageOf(Path relative) {
        String first = relative.getName(0).toString();
        return first.equals("store") && relative.getNameCount() > 2 ? "store." + relative.getName(1) : first;
    }

    private static String packageOf(String imported) {
        String[] parts = imported.split("\\.");
        return parts[1].equals("store") && parts.length > 3 && Character.isLowerCase(parts[2].charAt(0))
                ? "store." + parts[2] : parts[1];
    }

    /** Imports and fully qualified references: both are dependencies. */
    private static List<String> imports(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String t = line.strip();
                if (t.startsWith("import ")) out.add(t.replace("import static ", "").replace("import ", "").replace(";", ""));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(bangfu\\.[a-z]+\\.(?:[a-z]+\\.)?[A-Z]\\w*|org\\.apache\\.poi\\.\\w+|java\\.sql\\.\\w+|org\\.sqlite\\.\\w+)")
                    .matcher(Files.readString(file));
            while (m.find()) out.add(m.group(1));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
