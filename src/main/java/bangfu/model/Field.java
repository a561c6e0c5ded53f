package bangfu.model;

/** A column of a record kind: its database column name, its value type and its labels. */
public interface Field {
    /** The database column and the key used in YAML and JSON. */
    String key();

    ValueType type();

    /** The official Chinese header, also the label in Chinese output. */
    String zh();

    /** The English label. */
    String en();

    default String label(Lang lang) {
        return lang == Lang.ZH ? zh() : en();
    }
}
