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

    static SharedStrings read(XmlScanner xml) throws IOException {
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
                    if (n > 0 && n < 50_000_000) table.presize(n);
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
