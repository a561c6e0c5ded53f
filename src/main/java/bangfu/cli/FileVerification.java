package bangfu.cli;

import bangfu.model.Mapping;

/** {@code bangfu verify FILE…}: every finding of the import path, without writing. */
final class FileVerification {
    private FileVerification() {
    }

    static int run(VerifyCommand command, Mapping mapping) {
        throw new UnsupportedOperationException("file checks are not built yet");
    }
}
