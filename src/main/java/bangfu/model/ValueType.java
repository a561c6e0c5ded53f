package bangfu.model;

/** How a field's value is held in memory and in the database. */
public enum ValueType {
    /** String. */ TEXT,
    /** String, personal (ID, phone, card): masked in every output. */ PERSONAL,
    /** The 18-character resident ID, an {@link IdNumber}. */ ID,
    /** LocalDate, stored ISO-8601. */ DATE,
    /** Long, in fen (分). */ MONEY,
    /** Integer. */ COUNT,
    /** BigDecimal, square metres with at most two decimals, stored as a number. */ AREA,
    /** Boolean, stored 0/1. */ YES_NO,
    /** An enum constant, stored by name. */ CHOICE,
    /** A list of enum constants, stored as names joined by commas. */ CHOICES
}
