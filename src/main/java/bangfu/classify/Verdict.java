package bangfu.classify;

/** Whether one tier's condition holds for a household: three-valued, since an input may be missing. */
public enum Verdict {
    YES, NO,
    /** An input the condition needs is missing: the tier can be neither given nor ruled out. */
    UNKNOWN,
    /** The policy does not give this tier. */
    OFF
}
