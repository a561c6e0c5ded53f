package bangfu;

import bangfu.model.IdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Finds personal numbers shown in full: 18-character and 15-digit resident IDs, 11-digit mobiles, bank cards
 * (16–19 digits passing the Luhn check). Every in-process and process run of bangfu in the tests is scanned —
 * stdout, stderr, the files it was told to write and the rejects of its database — and a find fails the test,
 * except for {@code --reveal} outputs and the clerk's own cells in an annotated copy.
 */
public final class PrivacyScan {
    /**
     * A run of digits not glued to letters or digits (a sha256 in hex is not a card number), nor after a point (the
     * digits of a fraction, such as a share in a workbook cell, 0.5172…).
     */
    private static final Pattern DIGITS = Pattern.compile("(?<![0-9A-Za-z.])(\\d{10,19}[Xx]?)(?![0-9A-Za-z])");
    /** Temporary folders named by JUnit carry long random numbers of their own. */
    private static final Pattern JUNIT_FOLDER = Pattern.compile("junit-?\\d+");
    /** In the change log, the columns whose accepted value is kept in full (for --reveal and undo). */
    private static final List<String> KEPT_IN_FULL = List.of("head_id", "id_number", "phone");
    /** In the change log, a row's digest, logged so that import --undo can put it back: a long number, not a person's. */
    private static final List<String> NOT_PERSONAL = List.of("content_hash");

    private PrivacyScan() {
    }

    /** Whether the change log keeps this column's values in full by design (for --reveal and import --undo). */
    public static boolean keptInChangeLog(String column) {
        return KEPT_IN_FULL.contains(column) || NOT_PERSONAL.contains(column);
    }

    /** The full personal numbers in {@code text}, each with what it looks like. */
    public static List<String> leaks(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(JUNIT_FOLDER.matcher(text).replaceAll("junit"));
        while (m.find()) {
            String n = m.group(1);
            String kind = kind(n);
            if (kind != null) found.add(kind + " " + n);
        }
        return found;
    }

    private static String kind(String n) {
        boolean x = n.endsWith("X") || n.endsWith("x");
        if (n.length() == 18 && plausibleBirth(n.substring(6, 14))) return "ID";
        if (x) return null;
        if (n.length() == 15 && plausibleBirth("19" + n.substring(6, 12))) return "old ID";
        if (n.length() == 11 && n.charAt(0) == '1' && n.charAt(1) >= '3') return "phone";
        if (n.length() >= 16 && luhn(n)) return "card";
        return null;
    }

    private static boolean plausibleBirth(String yyyymmdd) {
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** What the output files of a run looked like before it: only what the run wrote is its output. */
    public record Before(Path workDir, String[] args, java.util.Map<Path, Long> stamps) {
        /** Checks what the run printed and wrote; throws with every find. */
        public void check(String out, String err) {
            afterRun(this, out, err);
        }
    }

    public static Before before(Path workDir, String[] args) {
        java.util.Map<Path, Long> stamps = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (!args[i].equals("--out") && !args[i].equals("--annotate")) continue;
            try {
                Path target = resolve(workDir, args[i + 1]);
                stamps.put(target, stamp(target));
            } catch (java.nio.file.InvalidPathException notAPath) {
                // the run will refuse it as a usage error
            }
        }
        return new Before(workDir, args, stamps);
    }

    private static long stamp(Path p) {
        try {
            return Files.exists(p) ? Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Checks what a run of bangfu with {@code args} printed and wrote, without knowing what was there before. */
    public static void afterRun(Path workDir, String[] args, String out, String err) {
        afterRun(new Before(workDir, args, java.util.Map.of()), out, err);
    }

    private static void afterRun(Before before, String out, String err) {
        Path workDir = before.workDir();
        String[] args = before.args();
        List<String> args2 = Arrays.asList(args);
        if (args2.contains("--reveal")) return;
        List<String> found = new ArrayList<>();
        leaks(out).forEach(l -> found.add("stdout: " + l));
        leaks(err).forEach(l -> found.add("stderr: " + l));
        for (int i = 0; i + 1 < args.length; i++) {
            if (!List.of("--out", "--annotate", "--db").contains(args[i])) continue;
            Path target;
            try {
                target = resolve(workDir, args[i + 1]);
            } catch (java.nio.file.InvalidPathException notAPath) {
                continue; // a usage error of its own test, nothing was written there
            }
            Long was = before.stamps().get(target);
            if (was != null && was == stamp(target)) continue; // not written by this run: the clerk's file
            try {
                if (args[i].equals("--out") && Files.isRegularFile(target)) {
                    inFile(target, false).forEach(l -> found.add(target.getFileName() + ": " + l));
                } else if (args[i].equals("--annotate") && Files.exists(target)) {
                    for (Path copy : xlsxFiles(target)) inFile(copy, true).forEach(l -> found.add(copy.getFileName() + ": " + l));
                } else if (args[i].equals("--db") && Files.isRegularFile(target) && Files.size(target) > 0) {
                    inDatabase(target).forEach(l -> found.add(target.getFileName() + ": " + l));
                }
            } catch (IOException | RuntimeException e) {
                // unreadable outputs are the business of the test that made them
            }
        }
        if (!found.isEmpty()) {
            throw new AssertionError("personal numbers in full in the output of bangfu " + String.join(" ", args) + ": " + found);
        }
    }

    private static Path resolve(Path workDir, String arg) {
        Path p = Path.of(arg);
        return p.isAbsolute() || workDir == null ? p : workDir.resolve(p);
    }

    private static List<Path> xlsxFiles(Path target) throws IOException {
        if (!Files.isDirectory(target)) return List.of(target);
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).toList();
        }
    }

    /**
     * The finds in an output file: text as it is, an .xlsx cell by cell and comment by comment. In the clerk's
     * annotated copy ({@code annotated}) only the listing sheet and the comments are bangfu's words.
     *
     * <p>The workbook is streamed, not opened whole: POI's whole model parses every comment's drawing shape, and a
     * cell's {@code getCellComment()} looks its shape up among all the others — for a copy with 20,000 comments
     * that took minutes.
     */
    public static List<String> inFile(Path file, boolean annotated) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2);
        }
        if (head.length < 2 || head[0] != 'P' || head[1] != 'K') return leaks(Files.readString(file));
        List<String> found = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (boolean listing = true; sheets.hasNext(); listing = false) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetComments() instanceof CommentsTable comments) {
                        for (CTComment c : comments.getCTComments().getCommentList().getCommentArray()) {
                            found.addAll(leaks(new XSSFRichTextString(c.getText()).getString()));
                        }
                    }
                    if (annotated && !listing) continue;
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String reference, String value, XSSFComment comment) {
                            if (value != null) found.addAll(leaks(value));
                        }
                    }, new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
        return found;
    }

    /** The finds in a database's rejected rows and, outside the columns kept in full, its change log. */
    public static List<String> inDatabase(Path db) {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = ON");
            if (!hasTable(s, "rejects")) return found;
            try (ResultSet rs = s.executeQuery("SELECT raw FROM rejects")) {
                while (rs.next()) leaks(rs.getString(1)).forEach(l -> found.add("rejects: " + l));
            }
            try (ResultSet rs = s.executeQuery("SELECT column_name, coalesce(old_value, '') || ' ' || coalesce(new_value, '') FROM changes")) {
                while (rs.next()) {
                    if (KEPT_IN_FULL.contains(rs.getString(1)) || NOT_PERSONAL.contains(rs.getString(1))) continue;
                    leaks(rs.getString(2)).forEach(l -> found.add("changes: " + l));
                }
            }
        } catch (SQLException e) {
            // not a database bangfu made: nothing of bangfu's to scan
        }
        return found;
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** For tests of the scan itself: an ID with a valid check digit. */
    static boolean validId(String id) {
        return id.length() == 18 && id.charAt(17) == IdNumber.checkChar(id.substring(0, 17));
    }
}
