package bangfu.cli;

import bangfu.model.Mapping;

/** {@code bangfu verify} without files: the cross-record checks over the whole database. */
final class DatabaseVerification {
    private DatabaseVerification() {
    }

    static int run(VerifyCommand command, Mapping mapping) {
        throw new UnsupportedOperationException("database checks are not built yet");
    }
}
