package bangfu.model;

/** How a value written in a cell was read against its vocabulary. */
public enum Reading {
    /** The current official word. */
    OFFICIAL,
    /** Another spelling of it: shorthand, a regional form, a union's own word from bangfu.yaml. */
    ALIAS,
    /** A term of an older scheme with a current equivalent (低保户 → 深度困难). */
    LEGACY,
    /** A known term without a code of its own (单亲家庭): stored as 其他, its wording kept on the record. */
    KEPT_AS_OTHER,
    /** A word no vocabulary knows, kept as 其他 with its wording because the policy says so. */
    UNKNOWN_AS_OTHER;

    /** True when the value became 其他 and the cell's wording is stored beside it. */
    public boolean keepsWording() {
        return this == KEPT_AS_OTHER || this == UNKNOWN_AS_OTHER;
    }
}
