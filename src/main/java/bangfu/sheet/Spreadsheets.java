package bangfu.sheet;

import static java.util.Objects.requireNonNull;

import bangfu.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads .xlsx, .xls, .csv and .tsv files into rows. The format is decided by the bytes in the file, not
 * its name, because rosters exported by web systems are routinely misnamed.
 */
public final class Spreadsheets {
    private static final int SNIFF = 512;

    private Spreadsheets() {
    }

    /** Reads every sheet of the file in order, pushing non-blank rows to the sink. */
    public static void read(Path file, ReadOptions options, RowSink sink, ReadProgress progress)
            throws UnreadableFileException {
        requireNonNull(file, "file");
        requireNonNull(options, "options");
        requireNonNull(sink, "sink");
        requireNonNull(progress, "progress");
        try {
            dispatch(file, options, new GuardedSink(sink), progress);
        } catch (GuardedSink.SinkFailure e) {
            throw rethrow(e.getCause());
        } catch (UnreadableFileException | OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            // POI and the JDK throw anything on hostile input, Errors included (NoClassDefFoundError
            // for exotic zip methods): every one of them means this file cannot be read.
            throw new UnreadableFileException(
                    Message.of("sheet.read_failed", displayName(file), XlsxReader.detail(e)), e);
        }
    }

    private static RuntimeException rethrow(Throwable fromSink) {
        if (fromSink instanceof RuntimeException r) return r;
        if (fromSink instanceof Error e) throw e;
        return new IllegalStateException(fromSink);
    }

    private static void dispatch(Path file, ReadOptions options, RowSink sink, ReadProgress progress)
            throws UnreadableFileException {
        String name = displayName(file);
        if (Files.isDirectory(file)) throw new UnreadableFileException(Message.of("sheet.is_directory", name));
        byte[] head = new byte[SNIFF];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SNIFF);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
        if (n == 0) throw new UnreadableFileException(Message.of("sheet.empty", name));

        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            XlsxReader.read(file, sink, progress);
        } else if (n >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            XlsReader.read(file, sink, progress);
        } else if (looksLikeMarkup(head, n, isTextName(name))) {
            throw new UnreadableFileException(Message.of("sheet.html_disguised", name));
        } else if (isTextName(name)) {
            DelimitedTextReader.read(file, options, sink, progress);
        } else {
            throw new UnreadableFileException(Message.of("sheet.not_spreadsheet", name));
        }
    }

    private static boolean isTextName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt");
    }

    /**
     * Web systems export HTML tables or SpreadsheetML 2003 under an .xls name. For a file named .csv a
     * leading '<' could be data, so only unmistakable markup counts there.
     */
    private static boolean looksLikeMarkup(byte[] head, int n, boolean textName) {
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) start = start.substring(3);
        if (start.startsWith("\u00FF\u00FE") || start.startsWith("\u00FE\u00FF")) {
            // UTF-16 text: keep every other byte for the test
            StringBuilder narrow = new StringBuilder();
            int first = start.charAt(0) == '\u00FF' ? 2 : 3;
            for (int i = first; i < start.length(); i += 2) narrow.append(start.charAt(i));
            start = narrow.toString();
        }
        start = start.stripLeading().toLowerCase(Locale.ROOT);
        if (!start.startsWith("<")) return false;
        if (!textName) return true;
        return start.startsWith("<html") || start.startsWith("<!doctype") || start.startsWith("<?xml")
                || start.startsWith("<table") || start.startsWith("<meta") || start.startsWith("<head");
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static UnreadableFileException cannotOpen(Path file, IOException e) {
        String name = displayName(file);
        if (e instanceof NoSuchFileException) {
            return new UnreadableFileException(Message.of("sheet.not_found", name), e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableFileException(Message.of("sheet.no_permission", name), e);
        }
        return new UnreadableFileException(Message.of("sheet.cannot_open", name, XlsxReader.detail(e)), e);
    }

    /** The version of Apache POI that reads .xls files, for --version. */
    public static String poiVersion() {
        return org.apache.poi.Version.getVersion();
    }
}
