package bangfu.model;

/** ERROR: the row is not loaded. WARNING: the row loads and the finding is reported. */
public enum Severity { ERROR, WARNING }
