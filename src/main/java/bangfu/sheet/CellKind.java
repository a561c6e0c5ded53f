package bangfu.sheet;

/** What a spreadsheet cell holds, as the person looking at it would say. */
public enum CellKind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }
