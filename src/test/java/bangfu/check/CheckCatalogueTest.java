package bangfu.check;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Policy;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every check has a message and a hint in both languages, and both catalogues hold the same keys. */
class CheckCatalogueTest {
    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        Properties en = load("en");
        Properties zh = load("zh");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String code : Policy.CHECKS.keySet()) {
            String key = "check." + code.toLowerCase(Locale.ROOT);
            assertThat(en).containsKeys(key, key + ".hint");
        }
    }

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CheckCatalogueTest.class.getResourceAsStream("/bangfu/i18n/check." + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
