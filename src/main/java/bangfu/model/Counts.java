package bangfu.model;

/** Row counts of a sheet or a file; {@code warnings} counts warning findings. */
public record Counts(int read, int inserted, int updated, int unchanged, int rejected, int warnings) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(read + o.read, inserted + o.inserted, updated + o.updated, unchanged + o.unchanged,
                rejected + o.rejected, warnings + o.warnings);
    }
}
