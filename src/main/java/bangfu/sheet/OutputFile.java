package bangfu.sheet;

import bangfu.model.Message;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file whole or not at all: into an owner-only temporary file beside it, synced to disk, then
 * moved over the target. A failure leaves the old file as it was and nothing else behind; a target that is a
 * folder or a device is refused rather than replaced.
 */
public final class OutputFile {
    /** Writes the content; the stream is closed by {@link OutputFile}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Remembers the first write that failed. POI turns a failed write (a full disk) into its own runtime
     * exception without the cause ("Failed to save: content types part"): what happened is this IOException.
     */
    static final class Watched extends FilterOutputStream {
        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) failure = e;
            return e;
        }

        /** The failed write behind {@code e}, or {@code e} itself when no write failed. */
        IOException reason(RuntimeException e) {
            if (failure != null) return failure;
            throw e;
        }
    }

    /** @throws UnwritableFileException when the target cannot be written; nothing was changed */
    public static void write(Path out, Content content) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) throw new UnwritableFileException(Message.of("workbook.is_folder", out), null);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UnwritableFileException(Message.of("workbook.not_a_file", out), null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UnwritableFileException(Message.of("workbook.no_folder", out, folder), null);
        }
        Path temp = null;
        try {
            // createTempFile makes the file 0600: reports and dossiers name people, so the result stays owner-only.
            temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileOutputStream stream = new FileOutputStream(temp.toFile())) {
                Watched watched = new Watched(stream);
                try {
                    content.writeTo(watched);
                } catch (RuntimeException e) {
                    throw watched.reason(e);
                }
                stream.flush();
                // On disk before the rename, so a power cut cannot leave an empty file under the final name.
                stream.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new UnwritableFileException(Message.of("workbook.no_permission", out, folder), e);
        } catch (NoSuchFileException e) {
            throw new UnwritableFileException(Message.of("workbook.no_folder", out, folder), e);
        } catch (IOException e) {
            throw new UnwritableFileException(Message.of("workbook.io", out, String.valueOf(e.getMessage())), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
        }
    }
}
