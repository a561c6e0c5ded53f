package bangfu.sheet;

import bangfu.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads .xlsx files straight from the zip: relationships locate the parts, a byte-level scanner reads
 * them. POI's object model and SAX path are several times slower and hold far more in memory.
 */
final class XlsxReader {
    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_SHEET_XML = 16L << 30;
    private static final long MAX_SHARED_STRINGS_XML = 2L << 30;
    private static final long MAX_SMALL_PART = 256L << 20;
    private static final long SHARED_STRINGS_RATIO = 100;
    private static final long SHARED_STRINGS_SLACK = 8L << 20;
    private static final int SHEET_BUFFER = 1 << 16;

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final byte[] RELATIONSHIP = XmlScanner.bytes("Relationship");
    private static final byte[] ID = XmlScanner.bytes("Id");
    private static final byte[] TYPE = XmlScanner.bytes("Type");
    private static final byte[] TARGET = XmlScanner.bytes("Target");
    private static final byte[] TARGET_MODE = XmlScanner.bytes("TargetMode");
    private static final byte[] SHEET = XmlScanner.bytes("sheet");
    private static final byte[] NAME = XmlScanner.bytes("name");
    private static final byte[] R_ID = XmlScanner.bytes("id");
    private static final byte[] WORKBOOK_PR = XmlScanner.bytes("workbookPr");
    private static final byte[] DATE1904 = XmlScanner.bytes("date1904");

    private record Relationship(String type, String target) {
    }

    private record SheetPart(String name, String part) {
    }

    private final String fileName;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, ZipEntry> entriesIgnoringCase = new HashMap<>();

    private XlsxReader(Path file, ZipFile zip) {
        this.fileName = Spreadsheets.displayName(file);
        this.zip = zip;
    }

    static void read(Path file, RowSink sink, ReadProgress progress) throws UnreadableFileException {
        String name = Spreadsheets.displayName(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new UnreadableFileException(Message.of("sheet.zip_corrupt", name, detail(e)), e);
        } catch (IOException e) {
            throw Spreadsheets.cannotOpen(file, e);
        }
        try (zip) {
            new XlsxReader(file, zip).readWorkbook(sink, progress);
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("sheet.zip_corrupt", name, detail(e)), e);
        }
    }

    private void readWorkbook(RowSink sink, ReadProgress progress) throws IOException, UnreadableFileException {
        if (zip.size() > MAX_ENTRIES) {
            throw new UnreadableFileException(Message.of("sheet.too_many_parts", fileName, zip.size(), MAX_ENTRIES));
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String key = normalise(e.getName());
            entries.putIfAbsent(key, e);
            entriesIgnoringCase.putIfAbsent(key.toLowerCase(Locale.ROOT), e);
        }

        String workbookPart = relationships("").values().stream()
                .filter(r -> r.type().endsWith(OFFICE_DOCUMENT))
                .map(Relationship::target)
                .findFirst()
                .orElse("xl/workbook.xml");
        if (entry(workbookPart) == null) {
            throw new UnreadableFileException(Message.of("sheet.not_a_workbook_zip", fileName));
        }
        Map<String, Relationship> workbookRels = relationships(workbookPart);

        List<SheetPart> sheets = new ArrayList<>();
        boolean date1904 = readWorkbookPart(workbookPart, workbookRels, sheets);

        XlsxStyles styles = XlsxStyles.NONE;
        SharedStrings strings = SharedStrings.NONE;
        for (Relationship r : workbookRels.values()) {
            if (r.type().endsWith("/styles") && entry(r.target()) != null) {
                try (InputStream in = open(r.target())) {
                    styles = XlsxStyles.read(scanner(r.target(), in, MAX_SMALL_PART));
                } catch (RuntimeException e) {
                    throw damaged(r.target(), "", e);
                }
            }
        }
        for (Relationship r : workbookRels.values()) {
            if (r.type().endsWith("/sharedStrings") && entry(r.target()) != null) {
                ZipEntry e = entry(r.target());
                long limit = sharedStringsLimit(e);
                try (InputStream in = open(r.target())) {
                    strings = SharedStrings.read(scanner(r.target(), in, limit), limit);
                } catch (XmlScanner.InflateLimitException ex) {
                    throw limit < MAX_SHARED_STRINGS_XML ? packedTooTightly(r.target(), e, ex) : bomb(r.target(), ex);
                } catch (RuntimeException ex) {
                    throw damaged(r.target(), "", ex);
                }
            }
        }

        for (SheetPart s : sheets) {
            ZipEntry e = entry(s.part());
            SheetXml reader = new SheetXml(strings, styles, date1904);
            sink.startSheet(s.name());
            progress.sheet(s.name());
            try (InputStream in = new InflatingThread(open(s.part()), s.part())) {
                XmlScanner xml = scanner(s.part(), in, MAX_SHEET_XML);
                reader.read(xml, sink, progress, e.getSize());
            } catch (SheetXml.BadCellException ex) {
                throw new UnreadableFileException(
                        Message.of("sheet.xlsx_bad_cell", fileName, s.name(), ex.cell, ex.getMessage()), ex);
            } catch (XmlScanner.InflateLimitException ex) {
                throw bomb(s.part(), ex);
            } catch (IOException | RuntimeException ex) {
                if (ex instanceof GuardedSink.SinkFailure) throw (GuardedSink.SinkFailure) ex;
                throw new UnreadableFileException(Message.of("sheet.xlsx_damaged_sheet", fileName, s.name(),
                        reader.rowNumber(), detail(ex)), ex);
            }
            sink.endSheet();
        }
    }

    /** Reads workbook.xml: the worksheets in order and the date system. */
    private boolean readWorkbookPart(String part, Map<String, Relationship> rels, List<SheetPart> sheets)
            throws IOException, UnreadableFileException {
        boolean date1904 = false;
        try (InputStream in = open(part)) {
            XmlScanner xml = scanner(part, in, MAX_SMALL_PART);
            int ev;
            while ((ev = xml.next()) != XmlScanner.EOF) {
                if (ev != XmlScanner.START) continue;
                if (xml.is(WORKBOOK_PR)) {
                    String v = xml.attrValue(DATE1904);
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if (xml.is(SHEET)) {
                    String name = xml.attrValue(NAME);
                    Relationship r = rels.get(xml.attrValue(R_ID));
                    // chartsheets, dialogsheets and macro sheets hold no rows
                    if (r == null || !r.type().endsWith("/worksheet")) continue;
                    if (entry(r.target()) == null) {
                        throw new UnreadableFileException(Message.of("sheet.missing_part", fileName, r.target()));
                    }
                    sheets.add(new SheetPart(name == null ? "Sheet" + (sheets.size() + 1) : name, r.target()));
                }
            }
        } catch (RuntimeException e) {
            throw damaged(part, "", e);
        }
        return date1904;
    }

    /** The relationships of a part ("" for the package), by id, with targets resolved to zip entry names. */
    private Map<String, Relationship> relationships(String part) throws IOException, UnreadableFileException {
        int slash = part.lastIndexOf('/');
        String dir = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> rels = new java.util.LinkedHashMap<>();
        if (entry(relsPart) == null) return rels;
        try (InputStream in = open(relsPart)) {
            XmlScanner xml = scanner(relsPart, in, MAX_SMALL_PART);
            int ev;
            while ((ev = xml.next()) != XmlScanner.EOF) {
                if (ev != XmlScanner.START || !xml.is(RELATIONSHIP)) continue;
                if ("External".equalsIgnoreCase(xml.attrValue(TARGET_MODE))) continue;
                String id = xml.attrValue(ID);
                String type = xml.attrValue(TYPE);
                String target = xml.attrValue(TARGET);
                if (id == null || type == null || target == null) continue;
                rels.put(id, new Relationship(type, resolve(dir, target)));
            }
        } catch (RuntimeException e) {
            throw damaged(relsPart, "", e);
        }
        return rels;
    }

    static String resolve(String dir, String target) {
        String t = target.replace('\\', '/');
        String joined = t.startsWith("/") ? t.substring(1) : dir + t;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String normalise(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.startsWith("/") ? n.substring(1) : n;
    }

    private ZipEntry entry(String part) {
        ZipEntry e = entries.get(part);
        return e != null ? e : entriesIgnoringCase.get(part.toLowerCase(Locale.ROOT));
    }

    private InputStream open(String part) throws IOException, UnreadableFileException {
        ZipEntry e = entry(part);
        if (e == null) throw new UnreadableFileException(Message.of("sheet.missing_part", fileName, part));
        try {
            return zip.getInputStream(e);
        } catch (ZipException ex) {
            throw unsupported(part, ex);
        }
    }

    private XmlScanner scanner(String part, InputStream in, long limit) {
        return new XmlScanner(in, SHEET_BUFFER, limit);
    }

    private UnreadableFileException unsupported(String part, ZipException e) {
        String detail = detail(e);
        if (detail.contains("compression method")) {
            return new UnreadableFileException(Message.of("sheet.zip_method", fileName, part), e);
        }
        return new UnreadableFileException(Message.of("sheet.zip_corrupt", fileName, detail), e);
    }

    /**
     * Every shared string costs memory however short: 100 million empty ones packed into 750 KB once ran a
     * 2 GB heap out. Real tables of names and numbers inflate a few times their packed size, so more than
     * {@link #SHARED_STRINGS_RATIO} times (beyond a first few MiB) is refused as a bomb, as POI refuses such parts.
     */
    private static long sharedStringsLimit(ZipEntry e) {
        long packed = e.getCompressedSize();
        if (packed < 0) return MAX_SHARED_STRINGS_XML;
        return Math.min(MAX_SHARED_STRINGS_XML, SHARED_STRINGS_SLACK + packed * SHARED_STRINGS_RATIO);
    }

    private UnreadableFileException packedTooTightly(String part, ZipEntry e, XmlScanner.InflateLimitException ex) {
        return new UnreadableFileException(Message.of("sheet.zip_bomb_ratio", fileName, part,
                e.getCompressedSize() / 1024 + " KiB", SHARED_STRINGS_RATIO), ex);
    }

    private UnreadableFileException bomb(String part, XmlScanner.InflateLimitException e) {
        return new UnreadableFileException(
                Message.of("sheet.zip_bomb", fileName, part, (e.limit >> 20) + " MiB"), e);
    }

    private UnreadableFileException damaged(String part, String where, RuntimeException e) {
        if (e instanceof GuardedSink.SinkFailure) throw e;
        if (e instanceof XmlScanner.InflateLimitException bomb) return bomb(part, bomb);
        return new UnreadableFileException(Message.of("sheet.xlsx_damaged_part", fileName, part, detail(e)), e);
    }

    static String detail(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
