package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every issue code bangfu can emit about the data has a message and a fix hint in both languages. */
class IssueCatalogueTest {
    static final List<String> CODES = List.of(
            "ID_FORMAT", "ID_CHECK_DIGIT", "ID_BIRTH_DATE", "ID_REGION", "ID_STORED_AS_NUMBER",
            "ID_STORED_AS_NUMBER_15", "ID_CONVERTED_FROM_15", "ID_GENDER_MISMATCH", "ID_BIRTH_MISMATCH",
            "DATE_INVALID", "DATE_TOO_EARLY", "DATE_FORMAT", "DATE_MONTH_AMBIGUOUS",
            "MONEY_FORMAT", "MONEY_PRECISION", "MONEY_NEGATIVE",
            "COUNT_FORMAT", "REGION_CODE_FORMAT", "AREA_FORMAT", "VALUE_UNKNOWN", "VALUE_KEPT_AS_OTHER",
            "VALUE_UNKNOWN_AS_OTHER", "PHONE_FORMAT",
            "ETHNICITY_UNKNOWN", "CREDIT_CODE_FORMAT", "CREDIT_CODE_CHECK", "GENDER_FROM_ID", "TIER_MISSING",
            "REGION_UNSPLIT",
            // assistance ledgers
            "CARD_FORMAT", "CARD_STORED_AS_NUMBER", "CARD_LUHN", "AMOUNT_ZERO",
            // rows and sheets
            "UNKNOWN_COLUMNS", "DUPLICATE_COLUMN", "ROWS_OUTSIDE_TABLE", "COLUMN_MISSING", "REQUIRED_MISSING", "MEMBER_WITHOUT_HEAD", "HOUSEHOLD_SIZE",
            "DATE_BEFORE_FILED", "STATUS_DATE_MISSING", "PER_CAPITA_MISMATCH", "CAUSES_TOO_MANY",
            // across the rows of a file and the database (bangfu.load)
            "DUPLICATE_IN_FILE", "MEMBER_HEAD_UNKNOWN", "MEMBER_HEAD_REJECTED", "FILE_CLOSED_REOPEN",
            // payments and visits
            "PAYMENT_CASH", "PAYMENT_IN_FUTURE", "VISIT_IN_FUTURE", "HOUSEHOLD_UNKNOWN", "HOUSEHOLD_REJECTED", "PAYMENT_BEFORE_FILED",
            "PAYMENT_AFTER_CLOSED", "PAYMENT_REPEATED", "VISIT_REPEATED",
            // the file lifecycle (bangfu.lifecycle): roster rows and commands' requests
            "ON_FILE_ELSEWHERE", "STATUS_CHANGE_REFUSED", "TRANSFER_KEEPS_FILED_ON", "STATUS_UNCHANGED",
            "STATUS_DATE_IN_FUTURE", "STATUS_DATE_BEFORE_LAST");

    @Test
    void bothCataloguesHaveAMessageAndAHintForEveryCode() throws IOException {
        for (Lang lang : Lang.values()) {
            Properties catalogue = load(lang);
            for (String code : CODES) {
                String key = "issue." + code.toLowerCase(Locale.ROOT);
                assertThat(catalogue.getProperty(key)).as(lang + " " + key).isNotBlank();
                assertThat(catalogue.getProperty(key + ".hint")).as(lang + " " + key + ".hint").isNotBlank();
            }
        }
    }

    @Test
    void messagesRenderWithTheirArguments() {
        Issue issue = Issue.error("VALUE_UNKNOWN", "困难类别", "特困", "深度困难、相对困难");
        assertThat(issue.message().render(Lang.EN)).contains("困难类别", "特困", "深度困难、相对困难");
        assertThat(issue.message().render(Lang.ZH)).contains("困难类别", "特困").doesNotContain("{");
        assertThat(issue.hint().render(Lang.ZH)).isNotBlank();
    }

    @Test
    void theListNamesEveryCodeInTheSource() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
        Set<String> found = new TreeSet<>();
        for (String pkg : List.of("validate", "load", "lifecycle")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/bangfu", pkg))) {
                for (Path file : files.toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) found.add(m.group(1));
                }
            }
        }
        assertThat(CODES).containsAll(found);
        assertThat(found).containsAll(CODES);
    }

    private static Properties load(Lang lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IssueCatalogueTest.class.getResourceAsStream("/bangfu/i18n/issue." + lang.code() + ".properties")) {
            assertThat(in).as("catalogue " + lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
