package bangfu.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull scanner over the UTF-8 bytes of an XML part, just enough for spreadsheet parts.
 *
 * <p>It reports start and end tags by local name (prefixes such as {@code x:} are dropped), keeps the
 * attributes of the current start tag, and collects character data (entities and CDATA decoded) only
 * while {@link #capture} is on. No DTDs, no external entities: a sheet never needs them, and a
 * scanner that cannot resolve them cannot be tricked into doing so. Every allocation is reused, which
 * is what makes a million-row sheet cheap.
 */
final class XmlScanner {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;

    private static final int MAX_NAME = 256;
    private static final int MAX_TEXT = 64 * 1024 * 1024;
    private static final int FAST_WINDOW = 2048;

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;
    private long consumedBefore;
    private final long inflateLimit;

    private final byte[] name = new byte[MAX_NAME];
    // The current tag's name and attributes live either in the input buffer (fast path: no copying)
    // or in the arrays above (tags split across buffer refills, or values with entities).
    private byte[] nameSrc = name;
    private int nameOff;
    private int nameLen;
    private byte[] attrSrc;
    private boolean selfClosing;

    private byte[] attrBytes = new byte[256];
    private int attrUsed;
    private int[] attrNameStart = new int[8];
    private int[] attrNameLen = new int[8];
    private int[] attrValStart = new int[8];
    private int[] attrValLen = new int[8];
    private int attrCount;

    /** When true, character data is appended to {@link #text}. */
    boolean capture;
    byte[] text = new byte[256];
    int textLen;

    /** @param inflateLimit how many bytes this part may expand to before it is treated as a zip bomb */
    XmlScanner(InputStream in, int bufferSize, long inflateLimit) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.inflateLimit = inflateLimit;
    }

    /** Bytes of XML consumed so far. */
    long position() {
        return consumedBefore + pos;
    }

    // ---- input ----

    private int fill() throws IOException {
        consumedBefore += lim;
        pos = 0;
        lim = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) return -1;
        lim = n;
        if (consumedBefore + lim > inflateLimit) throw new InflateLimitException(inflateLimit);
        return buf[pos++] & 0xff;
    }

    private int read() throws IOException {
        return pos < lim ? buf[pos++] & 0xff : fill();
    }

    private void unread() {
        pos--; // only ever after a successful read() from the current buffer
    }

    private int readRequired() throws IOException {
        int b = read();
        if (b < 0) throw new MalformedXmlException("unexpected end of the part");
        return b;
    }

    // ---- events ----

    /** Advances to the next start or end tag, collecting text on the way when capturing. */
    int next() throws IOException {
        while (true) {
            if (capture) {
                if (!captureText()) return EOF;
            } else {
                if (!skipText()) return EOF;
            }
            // just consumed '<'
            if (lim - pos < FAST_WINDOW) ensure(FAST_WINDOW);
            int fast = fastTag();
            if (fast != 0) return fast;
            int b = readRequired();
            if (b == '/') {
                readName(readRequired());
                while (readRequired() != '>') {
                    // whitespace before '>'
                }
                return END;
            } else if (b == '?') {
                skipUntil('?', '>');
            } else if (b == '!') {
                markupDeclaration();
            } else {
                readName(b);
                readAttributes();
                return START;
            }
        }
    }


    /** Moves unread bytes to the front and reads until at least {@code n} are buffered or input ends. */
    private void ensure(int n) throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            consumedBefore += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) return;
            lim += r;
            if (consumedBefore + lim > inflateLimit) throw new InflateLimitException(inflateLimit);
        }
    }

    /**
     * Parses a start or end tag that lies wholly in the buffer and has no entities in its attribute
     * values, leaving name and attributes in place. Returns 0, consuming nothing, when the slow path
     * must handle it (comments, CDATA, processing instructions, odd or split tags).
     */
    private int fastTag() {
        final byte[] b = buf;
        final int l = lim;
        int p = pos;
        if (p >= l) return 0;
        boolean end = b[p] == '/';
        if (end) p++;
        int start = p;
        int local = p;
        while (p < l) {
            byte c = b[p];
            if (c <= ' ' || c == '>' || c == '/') break;
            if (c == ':') local = p + 1;
            else if (c == '!' || c == '?' || c == '=' || c == '"' || c == '\'' || c == '<') return 0;
            p++;
        }
        if (p >= l || p == start) return 0;
        int nOff = local;
        int nLen = p - local;
        if (end) {
            while (p < l && b[p] != '>') p++;
            if (p >= l) return 0;
            pos = p + 1;
            nameSrc = b;
            nameOff = nOff;
            nameLen = nLen;
            return END;
        }
        int count = 0;
        boolean closing = false;
        while (true) {
            while (p < l && b[p] <= ' ') p++;
            if (p >= l) return 0;
            byte c = b[p];
            if (c == '>') {
                p++;
                break;
            }
            if (c == '/') {
                closing = true;
                p++;
                continue;
            }
            int aStart = p;
            int aLocal = p;
            while (p < l) {
                c = b[p];
                if (c <= ' ' || c == '=' || c == '>' || c == '/') break;
                if (c == ':') aLocal = p + 1;
                p++;
            }
            int aEnd = p;
            while (p < l && b[p] <= ' ') p++;
            if (p >= l || b[p] != '=') return 0;
            p++;
            while (p < l && b[p] <= ' ') p++;
            if (p >= l) return 0;
            byte quote = b[p];
            if (quote != '"' && quote != '\'') return 0;
            int vStart = ++p;
            while (p < l && b[p] != quote) {
                if (b[p] == '&' || b[p] == '<') return 0;
                p++;
            }
            if (p >= l) return 0;
            int vEnd = p++;
            // xmlns and xmlns:prefix declarations are not attributes of the element
            if ((aLocal - aStart == 6 || aEnd - aStart == 5) && b[aStart] == 'x' && b[aStart + 1] == 'm'
                    && b[aStart + 2] == 'l' && b[aStart + 3] == 'n' && b[aStart + 4] == 's') {
                continue;
            }
            if (count == attrNameStart.length) growAttrs();
            attrNameStart[count] = aLocal;
            attrNameLen[count] = aEnd - aLocal;
            attrValStart[count] = vStart;
            attrValLen[count] = vEnd - vStart;
            count++;
        }
        pos = p;
        nameSrc = b;
        nameOff = nOff;
        nameLen = nLen;
        attrSrc = b;
        attrCount = count;
        selfClosing = closing;
        return START;
    }

    /** Skips character data up to and including the next '<'; false at end of input. */
    private boolean skipText() throws IOException {
        while (true) {
            final byte[] b = buf;
            int p = pos;
            final int l = lim;
            while (p < l) {
                if (b[p++] == '<') {
                    pos = p;
                    return true;
                }
            }
            pos = p;
            int c = fill();
            if (c < 0) return false;
            if (c == '<') return true;
        }
    }

    private boolean captureText() throws IOException {
        while (true) {
            final byte[] b = buf;
            int p = pos;
            final int l = lim;
            int from = p;
            while (p < l) {
                byte c = b[p];
                if (c == '<' || c == '&') break;
                p++;
            }
            if (p > from) {
                int n = p - from;
                if (textLen + n > text.length) growText(textLen + n);
                System.arraycopy(b, from, text, textLen, n);
                textLen += n;
            }
            pos = p;
            int c = read();
            if (c < 0) return false;
            if (c == '<') return true;
            if (c == '&') {
                entity();
            } else {
                appendText((byte) c);
            }
        }
    }

    private void markupDeclaration() throws IOException {
        int b = readRequired();
        if (b == '-') {
            readRequired(); // second '-'
            int dashes = 0;
            while (true) {
                int c = readRequired();
                if (c == '>' && dashes >= 2) return;
                dashes = c == '-' ? dashes + 1 : 0;
            }
        } else if (b == '[') {
            for (int i = 0; i < 6; i++) readRequired(); // "CDATA["
            int brackets = 0;
            while (true) {
                int c = readRequired();
                if (c == '>' && brackets >= 2) {
                    textLen = Math.max(0, textLen - (capture ? 2 : 0));
                    return;
                }
                brackets = c == ']' ? brackets + 1 : 0;
                if (capture) appendText((byte) c);
            }
        } else {
            // <!DOCTYPE ...> possibly with an internal subset in brackets: skipped, never interpreted.
            int depth = 0;
            while (true) {
                int c = readRequired();
                if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '>' && depth <= 0) return;
            }
        }
    }

    private void skipUntil(int first, int second) throws IOException {
        int prev = 0;
        while (true) {
            int c = readRequired();
            if (prev == first && c == second) return;
            prev = c;
        }
    }

    private void readName(int first) throws IOException {
        int n = 0;
        int c = first;
        while (c > ' ' && c != '>' && c != '/' && c != '=') {
            if (c == ':') {
                n = 0; // drop the namespace prefix
            } else if (n < MAX_NAME) {
                name[n++] = (byte) c;
            }
            c = readRequired();
        }
        nameSrc = name;
        nameOff = 0;
        nameLen = n;
        unread();
    }

    private void readAttributes() throws IOException {
        attrSrc = attrBytes;
        attrCount = 0;
        attrUsed = 0;
        selfClosing = false;
        while (true) {
            int c = readRequired();
            if (c <= ' ') continue;
            if (c == '>') return;
            if (c == '/') {
                selfClosing = true;
                continue;
            }
            // attribute name, prefix dropped; xmlns declarations ignored
            int nameStart = attrUsed;
            boolean xmlns = false;
            while (c > ' ' && c != '=' && c != '>' && c != '/') {
                if (c == ':') {
                    xmlns = attrUsed - nameStart == 5 && isXmlns(nameStart);
                    attrUsed = nameStart;
                } else {
                    appendAttr((byte) c);
                }
                c = readRequired();
            }
            if (attrUsed - nameStart == 5 && isXmlns(nameStart)) xmlns = true;
            int nameEnd = attrUsed;
            while (c <= ' ') c = readRequired();
            if (c != '=') {
                // attribute without value: not XML, tolerate by ignoring it
                attrUsed = nameStart;
                unread();
                continue;
            }
            c = readRequired();
            while (c <= ' ') c = readRequired();
            if (c != '"' && c != '\'') throw new MalformedXmlException("attribute value without quotes");
            int quote = c;
            int valStart = attrUsed;
            while ((c = readRequired()) != quote) {
                if (c == '&') {
                    int save = textLen;
                    boolean saveCapture = capture;
                    entityInto();
                    for (int i = save; i < textLen; i++) appendAttr(text[i]);
                    textLen = save;
                    capture = saveCapture;
                } else {
                    appendAttr((byte) c);
                }
            }
            if (xmlns) {
                attrUsed = nameStart;
                continue;
            }
            if (attrCount == attrNameStart.length) growAttrs();
            attrNameStart[attrCount] = nameStart;
            attrNameLen[attrCount] = nameEnd - nameStart;
            attrValStart[attrCount] = valStart;
            attrValLen[attrCount] = attrUsed - valStart;
            attrCount++;
        }
    }

    private boolean isXmlns(int start) {
        byte[] a = attrBytes;
        return a[start] == 'x' && a[start + 1] == 'm' && a[start + 2] == 'l' && a[start + 3] == 'n'
                && a[start + 4] == 's';
    }

    private void growAttrs() {
        int n = attrNameStart.length * 2;
        attrNameStart = Arrays.copyOf(attrNameStart, n);
        attrNameLen = Arrays.copyOf(attrNameLen, n);
        attrValStart = Arrays.copyOf(attrValStart, n);
        attrValLen = Arrays.copyOf(attrValLen, n);
    }

    private void appendAttr(byte b) {
        if (attrUsed == attrBytes.length) {
            if (attrUsed >= MAX_TEXT) throw new MalformedXmlException("attribute too long");
            attrBytes = Arrays.copyOf(attrBytes, attrUsed * 2);
            attrSrc = attrBytes;
        }
        attrBytes[attrUsed++] = b;
    }

    private void growText(int needed) {
        if (needed > MAX_TEXT) throw new MalformedXmlException("text longer than 64 MiB");
        text = Arrays.copyOf(text, Math.max(needed, text.length * 2));
    }

    void appendText(byte b) {
        if (textLen == text.length) {
            if (textLen >= MAX_TEXT) throw new MalformedXmlException("text longer than 64 MiB");
            text = Arrays.copyOf(text, textLen * 2);
        }
        text[textLen++] = b;
    }

    /** Decodes an entity reference after '&' into the text buffer. */
    private void entity() throws IOException {
        entityInto();
    }

    private void entityInto() throws IOException {
        byte[] ref = new byte[12];
        int n = 0;
        int c;
        while ((c = readRequired()) != ';') {
            if (n == ref.length || c == '<' || c == '&') {
                // not an entity after all: keep the text as written
                appendText((byte) '&');
                for (int i = 0; i < n; i++) appendText(ref[i]);
                unread();
                return;
            }
            ref[n++] = (byte) c;
        }
        String r = new String(ref, 0, n, StandardCharsets.US_ASCII);
        int cp;
        switch (r) {
            case "amp" -> cp = '&';
            case "lt" -> cp = '<';
            case "gt" -> cp = '>';
            case "quot" -> cp = '"';
            case "apos" -> cp = '\'';
            default -> {
                cp = -1;
                try {
                    if (r.startsWith("#x") || r.startsWith("#X")) cp = Integer.parseInt(r.substring(2), 16);
                    else if (r.startsWith("#")) cp = Integer.parseInt(r.substring(1));
                } catch (NumberFormatException e) {
                    cp = -1;
                }
            }
        }
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            appendText((byte) '&');
            for (int i = 0; i < n; i++) appendText(ref[i]);
            appendText((byte) ';');
            return;
        }
        appendCodePoint(cp);
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x80) {
            appendText((byte) cp);
        } else if (cp < 0x800) {
            appendText((byte) (0xC0 | (cp >> 6)));
            appendText((byte) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            appendText((byte) (0xE0 | (cp >> 12)));
            appendText((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendText((byte) (0x80 | (cp & 0x3F)));
        } else {
            appendText((byte) (0xF0 | (cp >> 18)));
            appendText((byte) (0x80 | ((cp >> 12) & 0x3F)));
            appendText((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendText((byte) (0x80 | (cp & 0x3F)));
        }
    }

    // ---- the current tag ----

    boolean is(byte[] localName) {
        if (nameLen != localName.length) return false;
        final byte[] src = nameSrc;
        final int off = nameOff;
        for (int i = 0; i < nameLen; i++) {
            if (src[off + i] != localName[i]) return false;
        }
        return true;
    }

    String name() {
        return new String(nameSrc, nameOff, nameLen, StandardCharsets.UTF_8);
    }

    boolean selfClosing() {
        return selfClosing;
    }

    /** Index of the attribute with this local name, or -1. */
    int attr(byte[] localName) {
        outer:
        for (int i = 0; i < attrCount; i++) {
            if (attrNameLen[i] != localName.length) continue;
            int s = attrNameStart[i];
            for (int j = 0; j < localName.length; j++) {
                if (attrSrc[s + j] != localName[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    String attrValue(int index) {
        return new String(attrSrc, attrValStart[index], attrValLen[index], StandardCharsets.UTF_8);
    }

    String attrValue(byte[] localName) {
        int i = attr(localName);
        return i < 0 ? null : attrValue(i);
    }

    int attrLength(int index) {
        return attrValLen[index];
    }

    byte attrByte(int index, int offset) {
        return attrSrc[attrValStart[index] + offset];
    }

    /** A non-negative integer attribute, or {@code absent} when missing or not a number. */
    int attrInt(byte[] localName, int absent) {
        int i = attr(localName);
        if (i < 0) return absent;
        int len = attrValLen[i];
        if (len == 0 || len > 9) return absent;
        int v = 0;
        for (int j = 0; j < len; j++) {
            int d = attrSrc[attrValStart[i] + j] - '0';
            if (d < 0 || d > 9) return absent;
            v = v * 10 + d;
        }
        return v;
    }

    String text() {
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The XML is not well-formed enough to read. */
    static final class MalformedXmlException extends RuntimeException {
        MalformedXmlException(String message) {
            super(message);
        }
    }

    /** A part expanded beyond what any genuine workbook needs. */
    static final class InflateLimitException extends RuntimeException {
        final long limit;

        InflateLimitException(long limit) {
            super("part expands beyond " + limit + " bytes");
            this.limit = limit;
        }
    }
}
