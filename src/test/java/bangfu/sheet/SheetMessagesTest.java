package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the reader uses exists in both catalogues, and each message is one line. */
class SheetMessagesTest {
    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SheetMessagesTest.class.getResourceAsStream("/bangfu/i18n/sheet." + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void cataloguesHaveTheSameKeys() throws IOException {
        assertThat(load("zh").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(sheet\\.[a-z0-9_]+)\"");
        try (Stream<Path> files = Files.list(Paths.get("src/main/java/bangfu/sheet"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("en").stringPropertyNames()).containsAll(used);
        assertThat(load("zh").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyMessageNamesTheFile() throws IOException {
        for (String lang : new String[] {"en", "zh"}) {
            Properties p = load(lang);
            for (String k : p.stringPropertyNames()) {
                assertThat(p.getProperty(k)).as(lang + " " + k).contains("{0}").doesNotContain("\n");
            }
        }
    }
}
