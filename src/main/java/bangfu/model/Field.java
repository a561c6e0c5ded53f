package bangfu.model;

/** A column of a record kind: its database column name, its value type and its labels. */
public interface Field {
    /** What every field states about itself; the field enums hold one each. */
    record Spec(String key, ValueType type, String zh, String en) {
    }

    Spec spec();

    /** The database column and the key used in YAML and JSON. */
    default String key() {
        return spec().key();
    }

    default ValueType type() {
        return spec().type();
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
