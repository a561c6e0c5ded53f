package bangfu.model;

import java.util.Optional;

/** A column of a record kind: its database column name, its value type and its labels. */
public interface Field {
    /**
     * What every field states about itself; the field enums hold one each.
     *
     * @param choices the closed set of a {@link ValueType#CHOICE} or {@link ValueType#CHOICES} field, else null
     */
    record Spec(String key, ValueType type, Class<? extends Enum<?>> choices, String zh, String en) {
        public Spec {
            boolean chosen = type == ValueType.CHOICE || type == ValueType.CHOICES;
            if (chosen != (choices != null)) throw new IllegalArgumentException("choices go with CHOICE fields: " + key);
        }

        public Spec(String key, ValueType type, String zh, String en) {
            this(key, type, null, zh, en);
        }
    }

    Spec spec();

    /** The database column and the key used in YAML and JSON. */
    default String key() {
        return spec().key();
    }

    default ValueType type() {
        return spec().type();
    }

    /** The enum whose constants the field holds, for a closed-set field. */
    default Optional<Class<? extends Enum<?>>> choices() {
        return Optional.ofNullable(spec().choices());
    }

    /** The official Chinese header, also the label in Chinese output. */
    default String zh() {
        return spec().zh();
    }

    /** The English label. */
    default String en() {
        return spec().en();
    }

    default String label(Lang lang) {
        return lang == Lang.ZH ? zh() : en();
    }
}
