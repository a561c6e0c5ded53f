package bangfu.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared-strings table of an .xlsx, held as UTF-8 bytes in large chunks with one position per
 * string: a few bytes of overhead per string instead of a String object, so workbooks with millions of
 * distinct names and ID numbers still fit in a small heap. Strings are decoded on each look-up.
 */
final class SharedStrings {
    static final SharedStrings NONE = new SharedStrings();

    private static final int CHUNK = 1 << 20;
    private static final byte[] SI = XmlScanner.bytes("si");
    private static final byte[] T = XmlScanner.bytes("t");
    private static final byte[] RPH = XmlScanner.bytes("rPh");
    private static final byte[] SST = XmlScanner.bytes("sst");

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[0];
    private int used;
    /** chunk index in the high 32 bits, offset in the low 32. */
    private long[] starts = new long[1024];
    private int[] lengths = new int[1024];
    private int count;
    // Rosters repeat a few values (units, districts, "男"/"女") thousands of times: remember recent ones.
    private final int[] cachedIndex = new int[4096];
    private final String[] cachedString = new String[4096];

    private SharedStrings() {
    }

    /** @param xmlLimit the most XML the scanner will inflate: no table can hold more strings than fit in it */
    static SharedStrings read(XmlScanner xml, long xmlLimit) throws IOException {
        // "<si/>" is the shortest string: a uniqueCount beyond that is a lie meant to make us allocate.
        long most = xmlLimit / 5;
        SharedStrings table = new SharedStrings();
        int phonetic = 0;
        boolean inString = false;
        int ev;
        while ((ev = xml.next()) != XmlScanner.EOF) {
            if (ev == XmlScanner.START) {
                if (xml.is(SI)) {
                    xml.textLen = 0;
                    inString = true;
                    if (xml.selfClosing()) {
                        table.add(xml.text, 0);
                        inString = false;
                    }
                } else if (xml.is(RPH)) {
                    if (!xml.selfClosing()) phonetic++;
                } else if (xml.is(T) && inString && phonetic == 0 && !xml.selfClosing()) {
                    // rich text: the runs' <t> elements are concatenated
                    xml.capture = true;
                } else if (xml.is(SST)) {
                    int n = xml.attrInt(XmlScanner.bytes("uniqueCount"), -1);
                    if (n > 0 && n <= most && n < 50_000_000) table.presize(n);
                }
            } else {
                if (xml.is(T)) {
                    xml.capture = false;
                } else if (xml.is(RPH)) {
                    phonetic = Math.max(0, phonetic - 1);
                } else if (xml.is(SI)) {
                    xml.capture = false;
                    table.add(xml.text, xml.textLen);
                    inString = false;
                    phonetic = 0;
                }
            }
        }
        return table;
    }

    private void presize(int n) {
        if (n > starts.length) {
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
        }
    }

    private void add(byte[] utf8, int len) {
        if (hasEscape(utf8, len)) {
            // Rare: decoded once here, so that look-ups stay a plain copy.
            byte[] decoded = ExcelValues.unescape(new String(utf8, 0, len, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            utf8 = decoded;
            len = decoded.length;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + len > current.length) {
            current = new byte[Math.max(CHUNK, len)];
            chunks.add(current);
            used = 0;
        }
        System.arraycopy(utf8, 0, current, used, len);
        starts[count] = ((long) (chunks.size() - 1) << 32) | used;
        lengths[count] = len;
        used += len;
        count++;
    }

    private static boolean hasEscape(byte[] b, int len) {
        for (int i = 0; i + 6 < len; i++) if (b[i] == '_' && b[i + 1] == 'x' && b[i + 6] == '_') return true;
        return false;
    }

    int size() {
        return count;
    }

    /** The string at this index; the caller checks the index against {@link #size()}. */
    String get(int index) {
        int slot = index & (cachedIndex.length - 1);
        String s = cachedString[slot];
        if (s != null && cachedIndex[slot] == index) return s;
        long start = starts[index];
        s = new String(chunks.get((int) (start >>> 32)), (int) start, lengths[index], StandardCharsets.UTF_8);
        cachedIndex[slot] = index;
        cachedString[slot] = s;
        return s;
    }
}
