package bangfu.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared-strings table of an .xlsx, held outside the Java heap as UTF-8 bytes in direct buffers, each
 * string behind its length, with one int position per string on the heap: a roster of a million households
 * has three to four million distinct strings (IDs, phones, addresses, names), 80 MB of text that would
 * otherwise crowd a small heap out. Strings are decoded on each look-up.
 */
final class SharedStrings {
    static final SharedStrings NONE = new SharedStrings();

    private static final int CHUNK_BITS = 22;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** A position no string has: the string is one of the few too long for a chunk, kept in {@link #long_}. */
    private static final int LONG_STRING = -1;
    private static final byte[] SI = XmlScanner.bytes("si");
    private static final byte[] T = XmlScanner.bytes("t");
    private static final byte[] RPH = XmlScanner.bytes("rPh");
    private static final byte[] SST = XmlScanner.bytes("sst");

    private final List<ByteBuffer> chunks = new ArrayList<>();
    private ByteBuffer current;
    /** Chunk index in the high bits, offset in the low {@link #CHUNK_BITS}, read unsigned. */
    private int[] starts = new int[1024];
    private int count;
    private final Map<Integer, String> long_ = new HashMap<>();
    private byte[] scratch = new byte[256];
    // Rosters repeat a few values (units, districts, "男"/"女") thousands of times: remember recent ones, as cells.
    private final int[] cachedIndex = new int[4096];
    private final Cell[] cachedCell = new Cell[4096];

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
        if (n > starts.length) starts = Arrays.copyOf(starts, n);
    }

    private void add(byte[] utf8, int len) {
        if (hasEscape(utf8, len)) {
            // Rare: decoded once here, so that look-ups stay a plain copy.
            byte[] decoded = ExcelValues.unescape(new String(utf8, 0, len, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            utf8 = decoded;
            len = decoded.length;
        }
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        if (len > CHUNK - 5) {
            long_.put(count, new String(utf8, 0, len, StandardCharsets.UTF_8));
            starts[count++] = LONG_STRING;
            return;
        }
        if (current == null || current.remaining() < len + 5) {
            if (chunks.size() == 1 << (32 - CHUNK_BITS)) throw new IllegalStateException("shared strings beyond 4 GiB");
            current = allocate();
            chunks.add(current);
        }
        starts[count++] = ((chunks.size() - 1) << CHUNK_BITS) | current.position();
        int n = len;
        while (n >= 0x80) {
            current.put((byte) (n | 0x80));
            n >>>= 7;
        }
        current.put((byte) n);
        current.put(utf8, 0, len);
    }

    /** Off the heap where the JVM allows, else on it: a small -XX:MaxDirectMemorySize must not stop the read. */
    private static ByteBuffer allocate() {
        try {
            return ByteBuffer.allocateDirect(CHUNK);
        } catch (OutOfMemoryError e) {
            return ByteBuffer.allocate(CHUNK);
        }
    }

    private static boolean hasEscape(byte[] b, int len) {
        for (int i = 0; i + 6 < len; i++) if (b[i] == '_' && b[i + 1] == 'x' && b[i + 6] == '_') return true;
        return false;
    }

    int size() {
        return count;
    }

    /** The string at this index as a text cell; the caller checks the index against {@link #size()}. */
    Cell cell(int index) {
        int slot = index & (cachedIndex.length - 1);
        Cell c = cachedCell[slot];
        if (c != null && cachedIndex[slot] == index) return c;
        c = Cell.text(get(index));
        cachedIndex[slot] = index;
        cachedCell[slot] = c;
        return c;
    }

    /** The string at this index; the caller checks the index against {@link #size()}. */
    String get(int index) {
        String s;
        int start = starts[index];
        if (start == LONG_STRING) {
            s = long_.get(index);
        } else {
            ByteBuffer chunk = chunks.get(start >>> CHUNK_BITS);
            int at = start & (CHUNK - 1);
            int len = 0;
            int shift = 0;
            byte b;
            do {
                b = chunk.get(at++);
                len |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            if (len > scratch.length) scratch = new byte[Math.max(len, scratch.length * 2)];
            chunk.get(at, scratch, 0, len);
            s = new String(scratch, 0, len, StandardCharsets.UTF_8);
        }
        return s;
    }
}
