package bangfu.model;

import java.util.Locale;

/** The kinds of sheet bangfu recognises; ledgers and visit logs join the roster and its members. */
public enum RecordKind {
    ROSTER("花名册", "roster"),
    MEMBERS("家庭成员", "members");

    private final String zh;
    private final String en;

    RecordKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
