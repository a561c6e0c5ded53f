package bangfu.model;

/** A closed-set value that has an official Chinese label and an English one for reports. */
public interface Labelled {
    /** The official Chinese label, as printed on forms and accepted in spreadsheets. */
    String chinese();

    /** A short English label for English output. */
    String english();

    default String label(Lang lang) {
        return lang == Lang.ZH ? chinese() : english();
    }
}
