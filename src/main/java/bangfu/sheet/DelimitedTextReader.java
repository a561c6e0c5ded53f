package bangfu.sheet;

import bangfu.model.Message;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads CSV and TSV text. The encoding is detected (BOM, then UTF-8, else GB18030, which covers GBK)
 * unless given, and decoding is strict: a wrong guess fails with the line rather than filling the
 * database with replacement characters.
 */
final class DelimitedTextReader {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 1 << 20;
    private static final int PROGRESS_EVERY = 4096;

    private record Encoding(Charset charset, int bomLength) {
    }

    private DelimitedTextReader() {
    }

    static void read(Path file, ReadOptions options, RowSink sink, ReadProgress progress)
            throws UnreadableFileException {
        String name = Spreadsheets.displayName(file);
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
            size = Files.size(file);
        } catch (IOException e) {
            throw Spreadsheets.cannotOpen(file, e);
        }
        Encoding encoding = options.encoding().map(c -> forced(c, head)).orElseGet(() -> detect(head));
        // A guessed GBK file may hold a line typed in UTF-8: it decodes as GBK without error, into mojibake.
        boolean watchForUtf8 = options.encoding().isEmpty() && encoding.charset().equals(GB18030);
        char separator = separator(name, head, encoding);
        String sheetName = withoutExtension(name);

        sink.startSheet(sheetName);
        progress.sheet(sheetName);
        long lastLine = 0;
        long rows = 0;
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
            counted.skipNBytes(encoding.bomLength());
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(new InputStreamReader(counted, decoder));
            int sinceProgress = 0;
            List<Cell> cells = new ArrayList<>();
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                cells.clear();
                for (String field : record.getFields()) {
                    if (watchForUtf8 && looksLikeUtf8(field)) {
                        throw new UnreadableFileException(Message.of("sheet.mixed_encoding", name, lastLine));
                    }
                    cells.add(Cell.text(field));
                }
                RawRow row = new RawRow((int) Math.min(Integer.MAX_VALUE, lastLine), cells);
                if (!row.isBlank()) sink.row(row);
                rows++;
                if (++sinceProgress == PROGRESS_EVERY) {
                    sinceProgress = 0;
                    // rows so far at the rate of bytes so far (the decoder reads ahead: a slight underestimate)
                    progress.advanced(rows, Math.max(rows, rows * size / Math.max(1, counted.count)));
                }
            }
            progress.advanced(rows, rows);
        } catch (UncheckedIOException e) {
            throw failure(file, encoding, lastLine, e.getCause());
        } catch (IOException e) {
            throw failure(file, encoding, lastLine, e);
        } catch (CsvParseException e) {
            throw new UnreadableFileException(Message.of("sheet.csv_malformed", name, lastLine + 1,
                    XlsxReader.detail(e.getCause() != null ? e.getCause() : e)), e);
        }
        sink.endSheet();
    }

    private static UnreadableFileException failure(Path file, Encoding encoding, long lastLine, IOException e) {
        String name = Spreadsheets.displayName(file);
        if (e instanceof CharacterCodingException) {
            long line = badLine(file, encoding);
            return new UnreadableFileException(Message.of("sheet.bad_encoding", name,
                    line > 0 ? line : lastLine + 1, displayCharset(encoding.charset())), e);
        }
        return Spreadsheets.cannotOpen(file, e);
    }

    private static String displayCharset(Charset c) {
        if (c.equals(GB18030)) return "GBK/GB18030";
        return c.name();
    }

    /** The 1-based line holding the first byte sequence the charset cannot decode, or -1. */
    private static long badLine(Path file, Encoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean eof = false;
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) eof = true;
                else bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') line++;
                }
                chars.clear();
                if (result.isError()) return line;
                bytes.compact();
                if (eof) {
                    if (decoder.flush(chars).isError()) return line;
                    return -1;
                }
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static Encoding forced(Charset charset, byte[] head) {
        int bom = bomLength(head);
        Charset fromBom = bomCharset(head);
        return new Encoding(charset, fromBom != null && fromBom.equals(charset) ? bom : 0);
    }

    private static Encoding detect(byte[] head) {
        Charset fromBom = bomCharset(head);
        if (fromBom != null) return new Encoding(fromBom, bomLength(head));
        Charset wide = utf16WithoutBom(head);
        if (wide != null) return new Encoding(wide, 0);
        return new Encoding(isUtf8(head) || mostlyUtf8(head) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /**
     * UTF-8 text with a damaged byte or two is still UTF-8: read as such, the decoder stops at the damaged line
     * and says so, where read as GBK it failed on line 1. GBK text read as UTF-8 is invalid nearly everywhere.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            boolean ok = extra > 0 && i + extra < b.length;
            for (int k = 1; ok && k <= extra; k++) ok = (b[i + k] & 0xC0) == 0x80;
            if (ok) {
                valid++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 4 && valid >= 20 * invalid;
    }

    /**
     * True when a field decoded as GBK is really Chinese typed in UTF-8 (李四 is E6 9D 8E E5 9B 9B in UTF-8, which
     * GBK reads as 鏉庡洓): its bytes form valid UTF-8 of CJK characters only, and some of them lie in 80–A0,
     * where UTF-8 puts most of its continuation bytes and the GB2312 characters of a genuine GBK name never do.
     */
    private static boolean looksLikeUtf8(String field) {
        boolean wide = false;
        for (int i = 0; i < field.length() && !wide; i++) wide = field.charAt(i) >= 0x80;
        if (!wide) return false;
        byte[] bytes = field.getBytes(GB18030);
        boolean belowGb2312 = false;
        for (byte b : bytes) belowGb2312 |= (b & 0xff) >= 0x80 && (b & 0xff) <= 0xA0;
        if (!belowGb2312 || !isUtf8Complete(bytes)) return false;
        String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
        boolean cjk = false;
        for (int i = 0; i < asUtf8.length(); i++) {
            char c = asUtf8.charAt(i);
            if (c < 0x80) continue;
            boolean chinese = (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
            if (!chinese) return false;
            cjk = true;
        }
        return cjk;
    }

    private static boolean isUtf8Complete(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset c = bomCharset(b);
        return c == null ? 0 : c.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** Text with a zero byte in most odd (or even) positions is UTF-16 even without a BOM. */
    private static Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 2) return null;
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) zeroEven++;
            if (b[2 * i + 1] == 0) zeroOdd++;
        }
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
    static boolean isUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= n) return n == SNIFF; // cut off by the sample, not by the file
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            i += extra + 1;
        }
        return true;
    }

    private static char separator(String name, byte[] head, Encoding encoding) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) return '\t';
        int from = encoding.bomLength();
        int len = Math.min(head.length - from, 1 << 16);
        String text = new String(head, from, Math.max(0, len), encoding.charset());
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) return '\t';
        if (semicolons >= 2 && semicolons > 2 * commas) return ';';
        return ',';
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
