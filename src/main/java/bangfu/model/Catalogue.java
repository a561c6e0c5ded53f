package bangfu.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the message catalogues; plain {0} substitution because MessageFormat eats apostrophes. */
final class Catalogue {
    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private Catalogue() {
    }

    static String render(Message message, Lang lang) {
        String key = message.key();
        String name = key.substring(0, key.indexOf('.'));
        String pattern = load(name, lang).getProperty(key);
        if (pattern == null) pattern = load(name, Lang.EN).getProperty(key);
        if (pattern == null) throw new IllegalStateException("no message for key " + key);
        return substitute(pattern, message.args());
    }

    static boolean has(String key, Lang lang) {
        return load(key.substring(0, key.indexOf('.')), lang).containsKey(key);
    }

    private static String substitute(String pattern, java.util.List<String> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3) {
                String digits = pattern.substring(i + 1, close);
                if (digits.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(digits);
                    out.append(n < args.size() ? args.get(n) : "");
                    i = close;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Properties load(String name, Lang lang) {
        return LOADED.computeIfAbsent(name + "." + lang.code(), file -> {
            Properties p = new Properties();
            try (InputStream in = Catalogue.class.getResourceAsStream("/bangfu/i18n/" + file + ".properties")) {
                if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
