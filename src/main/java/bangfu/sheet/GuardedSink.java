package bangfu.sheet;

/**
 * Wraps the caller's sink so that its failures can be told apart from failures to read the file:
 * whatever the sink throws travels out as a {@link SinkFailure} and is rethrown unchanged at the top.
 */
final class GuardedSink implements RowSink {
    /** Carries a throwable from the caller's sink through the reader. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(Throwable cause) {
            super(cause);
        }
    }

    private final RowSink sink;

    GuardedSink(RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void startSheet(String name) {
        try {
            sink.startSheet(name);
        } catch (Throwable t) {
            throw new SinkFailure(t);
        }
    }

    @Override
    public void row(RawRow row) {
        try {
            sink.row(row);
        } catch (Throwable t) {
            throw new SinkFailure(t);
        }
    }

    @Override
    public void endSheet() {
        try {
            sink.endSheet();
        } catch (Throwable t) {
            throw new SinkFailure(t);
        }
    }
}
