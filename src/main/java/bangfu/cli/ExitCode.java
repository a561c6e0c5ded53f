package bangfu.cli;

/** The exit codes, the same for every command (DESIGN.md §4). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int DATA_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int UNUSABLE_INPUT = 3;
    public static final int DATABASE = 4;
    public static final int INTERNAL = 5;

    private ExitCode() {
    }
}
