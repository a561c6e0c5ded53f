package bangfu.model;

/** How a field's value is held in memory and in the database. */
public enum ValueType {
    /** String. */ TEXT,
    /** String, personal (ID, phone, card): masked in every output. */ PERSONAL,
    /** The 18-character resident ID, an {@link IdNumber}. */ ID,
    /**
     * A LocalDate, stored ISO-8601 (2024-06-02); under a 年月 header a month alone is a YearMonth, stored as
     * 2024-06 and compared as the first day of the month (see {@link Values#firstDay}).
     */
    DATE,
    /** Long, in fen (分). */ MONEY,
    /** Integer. */ COUNT,
    /** BigDecimal, square metres with at most two decimals, stored as a number. */ AREA,
    /** Boolean, stored 0/1. */ YES_NO,
    /** An enum constant, stored by name. */ CHOICE,
    /** A list of enum constants, stored as names joined by commas. */ CHOICES,
    /** String: an organisation's 统一社会信用代码 (GB 32100), check character verified, upper case. */ CREDIT_CODE,
    /** String: what a cell said when its value was stored as 其他; filled by bangfu, never read from a column. */ WORDING
}
