package bangfu.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic assistance ledger (CSV) for the households of a generated roster CSV: N payments
 * per household in one year (2025 unless {@code --year}), after every filing date the roster generator produces,
 * with valid bank cards. {@code --seed} gives another ledger of the same households (a second year's, say).
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) bangfu.bench.LedgerGenerator \
 *     --roster target/bench/roster-1000000.csv --per-household 5 --out target/bench/ledger-5000000.csv
 * </pre>
 */
public final class LedgerGenerator {
    static final String[] KINDS = {"生活救助", "医疗救助", "金秋助学", "就业帮扶", "送温暖", "临时救助"};
    static final String[] SOURCES = {"中央财政", "省级", "市级", "区县级", "工会经费", "社会捐助"};
    /** Cash is the exception to flag: one payment in a hundred. */
    static final String[] METHODS = java.util.stream.Stream.concat(java.util.stream.Stream.of("现金"),
            java.util.stream.Stream.generate(() -> "银行卡").limit(99)).toArray(String[]::new);

    private LedgerGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path roster = null;
        Path out = null;
        int perHousehold = 5;
        int year = 2025;
        long seed = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--roster" -> roster = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--per-household" -> perHousehold = Integer.parseInt(args[i + 1]);
                case "--year" -> year = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (roster == null || out == null) throw new IllegalArgumentException("need --roster FILE --out FILE");
        long started = System.nanoTime();
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate from = LocalDate.of(year, 1, 1);
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(roster, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.contains("身份证号码")) throw new IllegalArgumentException("not a roster CSV");
            w.write("姓名,身份证号码,救助类型,金额（元）,发放日期,资金来源,发放方式,银行卡号,发放批次\n");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                String card = card(rnd);
                for (int p = 0; p < perHousehold; p++) {
                    LocalDate on = from.plusDays(p * 70L + rnd.nextInt(60));
                    long fen = 10_000L * (1 + rnd.nextInt(30)) + 50L * rnd.nextInt(2);
                    w.write(f[1] + "," + f[4] + "," + KINDS[(p + rnd.nextInt(KINDS.length)) % KINDS.length] + ","
                            + (fen / 100) + "." + String.format("%02d", fen % 100) + "," + on + ","
                            + SOURCES[rnd.nextInt(SOURCES.length)] + "," + METHODS[rnd.nextInt(METHODS.length)] + ","
                            + card + "," + year + "-" + (p + 1) + "\n");
                    rows++;
                }
            }
        }
        System.out.printf("%,d payments in %.1f s -> %s%n", rows, (System.nanoTime() - started) / 1e9, out);
    }

    /** A 16-digit card number starting 6228 that passes the Luhn check. */
    static String card(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder("6228");
        while (s.length() < 15) s.append(rnd.nextInt(10));
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int d = s.charAt(14 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return s.append((10 - sum % 10) % 10).toString();
    }
}
