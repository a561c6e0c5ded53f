package bangfu.model;

import java.util.Locale;

/** The kinds of sheet bangfu recognises. */
public enum RecordKind {
    ROSTER("花名册", "roster"),
    MEMBERS("家庭成员", "members"),
    LEDGER("救助发放表", "ledger"),
    VISITS("走访记录", "visits");

    private final String zh;
    private final String en;

    RecordKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fields of this kind's records. */
    public Field[] fields() {
        return switch (this) {
            case ROSTER -> RosterField.values();
            case MEMBERS -> MemberField.values();
            case LEDGER -> LedgerField.values();
            case VISITS -> VisitField.values();
        };
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
