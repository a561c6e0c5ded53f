package bangfu.e2e;

import static bangfu.TestIds.id;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Large synthetic rosters for process tests: every row a valid household with its own ID. */
final class BigRoster {
    static final String HEADER = "姓名,身份证号码,所属工会,困难类别,家庭人口,家庭年收入\n";

    private BigRoster() {
    }

    /** Household {@code i} as a CSV line; IDs differ for every i below 16,800,000. */
    static String line(int i, String tier, int size) {
        int day = i % 16_800; // 50 years × 12 months × 28 days, then the next sequence number
        String birth = String.format("19%02d%02d%02d", 50 + day / 336, 1 + day / 28 % 12, 1 + day % 28);
        return "职工" + i + "," + id(birth, i / 16_800) + ",总工会" + i % 7 + "," + tier + "," + size + ",24000\n";
    }

    static void write(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            for (int i = 0; i < rows; i++) w.write(line(i, "深度困难", 3));
        }
    }
}
