package bangfu.model;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence for the person at the terminal, kept as a key and arguments so it can be said in either
 * language. Keys start with the name of their catalogue: {@code sheet.zip_corrupt} lives in
 * {@code /bangfu/i18n/sheet.en.properties} and {@code sheet.zh.properties}.
 */
public record Message(String key, List<String> args) {
    public Message {
        if (key.indexOf('.') < 0) throw new IllegalArgumentException("key without catalogue: " + key);
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String render(Lang lang) {
        return Catalogue.render(this, lang);
    }
}
