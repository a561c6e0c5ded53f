package bangfu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.model.Lang;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import bangfu.model.UploadTemplate;
import bangfu.model.ValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload templates are read as strictly as bangfu.yaml: every fault names its line and key path. */
class UploadTemplateFileTest {
    /** A small template; each test breaks one line of it. Line numbers below count from 1. */
    static final String GOOD = """
            template: 测试
            date_format: yyyy/M/d
            sheets:
              档案:
                kind: roster
                header_row: 2
                title: 困难职工档案
                columns:
                  身份证: head_id
                  名字: head_name
                  性别: {field: gender, values: {MALE: 男性, 女: 女性}}
                  农民工: {field: is_migrant_worker, values: {YES: Y}}
              成员:
                kind: members
                columns:
                  户主身份证: head_id
                  成员: name
            """;

    @TempDir Path dir;

    @Test
    void theBuiltInNationalTemplateHasEveryRecordFieldOnce() {
        UploadTemplate national = UploadTemplateFile.load("national");
        assertThat(national.sheets()).extracting(UploadTemplate.Sheet::kind).containsExactly(RecordKind.ROSTER, RecordKind.MEMBERS);
        // Every field but the wordings (written in their value's column) goes up; a new field must join the template.
        // (and but the transfer columns, which only instruct an import)
        List<String> roster = Arrays.stream(RosterField.values()).filter(f -> f.type() != ValueType.WORDING && f.stored())
                .map(RosterField::key).toList();
        List<String> members = Arrays.stream(MemberField.values()).filter(f -> f.type() != ValueType.WORDING)
                .map(MemberField::key).toList();
        assertThat(national.sheets().get(0).columns()).extracting(c -> c.field().key()).containsExactlyInAnyOrderElementsOf(roster);
        assertThat(national.sheets().get(1).columns()).extracting(c -> c.field().key()).containsExactlyInAnyOrderElementsOf(members);
        assertThat(national.sheets().get(0).name()).isEqualTo("困难职工档案");
        assertThat(national.sheets().get(0).headerRow()).isEqualTo(2);
        assertThat(national.dateFormat().format(LocalDate.of(2024, 6, 2))).isEqualTo("2024-06-02");
        assertThat(national.monthFormat().format(YearMonth.of(2016, 6))).isEqualTo("2016-06");
    }

    @Test
    void aTemplateFileGivesItsLayoutSpellingsAndFormats() throws Exception {
        UploadTemplate t = UploadTemplateFile.load(write(GOOD).toString());
        assertThat(t.name()).isEqualTo("测试");
        assertThat(t.dateFormat().format(LocalDate.of(2024, 6, 2))).isEqualTo("2024/6/2");
        UploadTemplate.Sheet roster = t.sheets().get(0);
        assertThat(roster.title()).containsExactly("困难职工档案");
        assertThat(roster.columns()).extracting(UploadTemplate.Column::header).containsExactly("身份证", "名字", "性别", "农民工");
        // A code may be named by its constant or by its official word.
        assertThat(roster.columns().get(2).spellings()).containsEntry("MALE", "男性").containsEntry("FEMALE", "女性");
        assertThat(roster.columns().get(3).spellings()).containsEntry("YES", "Y");
        assertThat(t.sheets().get(1).headerRow()).isEqualTo(1);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndPath() throws Exception {
        assertFault(GOOD.replace("date_format:", "datum_format:"), "line 2", "datum_format", "date_format, month_format");
        assertFault(GOOD.replace("    header_row: 2", "    header_rows: 2"), "line 6", "sheets.档案.header_rows");
        assertFault(GOOD.replace("values: {YES: Y}", "value: {YES: Y}"), "line 12", "sheets.档案.columns.农民工.value");
        assertFault(GOOD.replace("{MALE: 男性,", "{MAN: 男性,"), "line 11", "sheets.档案.columns.性别.values.MAN", "MALE, FEMALE");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        assertFault(GOOD.replace("header_row: 2", "header_row: two"), "line 6", "sheets.档案.header_row", "row number");
        assertFault(GOOD.replace("header_row: 2", "header_row: 0"), "line 6", "sheets.档案.header_row");
        assertFault(GOOD.replace("  身份证: head_id", "  身份证: [head_id]"), "line 9", "sheets.档案.columns.身份证");
        assertFault(GOOD.replace("title: 困难职工档案", "title: {a: b}"), "line 7", "sheets.档案.title");
        assertFault(GOOD.replace("  成员:\n    kind: members\n", "  成员:\n    kind: ledger\n"), "line 14",
                "sheets.成员.kind", "roster, members");
    }

    @Test
    void aKeyGivenTwiceIsNamedWithItsLine() throws Exception {
        assertFault(GOOD.replace("      名字: head_name\n", "      名字: head_name\n      名字: ethnicity\n"),
                "line 11", "sheets.档案.columns.名字", "twice");
        assertFault(GOOD.replace("template: 测试\n", "template: 测试\ntemplate: 另一个\n"), "line 2", "template", "twice");
    }

    @Test
    void aFieldTheRecordsDoNotHaveIsRefusedWithTheKnownOnes() throws Exception {
        assertFault(GOOD.replace("名字: head_name", "名字: head_nam"), "line 10", "sheets.档案.columns.名字", "head_name");
        // The wording beside a 其他 is written in its value's column, never in one of its own.
        assertFault(GOOD.replace("名字: head_name\n", "名字: head_name\n      原文: main_cause_wording\n"), "line 11",
                "main_cause_wording");
    }

    @Test
    void oneFieldInTwoColumnsIsRefused() throws Exception {
        assertFault(GOOD.replace("名字: head_name\n", "名字: head_name\n      姓名: head_name\n"), "line 11",
                "sheets.档案.columns.姓名", "head_name", "名字");
    }

    @Test
    void aSheetWithoutTheIdOfItsHeadIsRefused() throws Exception {
        assertFault(GOOD.replace("      户主身份证: head_id\n", ""), "line 15", "sheets.成员.columns", "head_id");
    }

    @Test
    void twoSheetsOfOneKindAreRefused() throws Exception {
        assertFault(GOOD.replace("    kind: members", "    kind: roster").replace("户主身份证: head_id\n      成员: name",
                "户主身份证: head_id\n      成员: head_name"), "line 14", "sheets.成员.kind", "档案");
    }

    @Test
    void aSheetNameExcelRefusesIsRefused() throws Exception {
        assertFault(GOOD.replace("  档案:", "  档案/2024:"), "line 4", "sheets.档案/2024", "31");
        assertFault(GOOD.replace("  档案:", "  " + "档".repeat(32) + ":"), "line 4", "31");
    }

    @Test
    void aTitleLongerThanTheRowsAboveTheHeaderIsRefused() throws Exception {
        assertFault(GOOD.replace("title: 困难职工档案", "title: [一, 二]"), "line 7", "sheets.档案.title", "2");
    }

    @Test
    void spellingsForAFieldWithoutAClosedSetAreRefused() throws Exception {
        assertFault(GOOD.replace("名字: head_name", "名字: {field: head_name, values: {A: B}}"), "line 10",
                "sheets.档案.columns.名字.values", "head_name");
    }

    @Test
    void aDatePatternThatCannotWriteADateIsRefused() throws Exception {
        assertFault(GOOD.replace("yyyy/M/d", "yyyy/M/d HH:mm"), "line 2", "date_format", "yyyy/M/d HH:mm");
        assertFault(GOOD.replace("yyyy/M/d", "yyyy/M/{d}"), "line 2", "date_format");
        assertFault(GOOD.replace("date_format: yyyy/M/d", "month_format: yyyy-MM-dd"), "line 2", "month_format");
    }

    @Test
    void aMissingTemplateNamesTheBuiltInOnes() {
        assertThatThrownBy(() -> UploadTemplateFile.load(dir.resolve("无此模板.yaml").toString()))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN))
                        .contains("无此模板.yaml").contains("national"));
    }

    @Test
    void printedTextIsTheBuiltInFileItself() {
        assertThat(UploadTemplateFile.text("national")).isEqualTo(UploadTemplateFile.builtInText("national"))
                .contains("template: national").startsWith("#");
    }

    private void assertFault(String yaml, String... expected) throws Exception {
        Path file = write(yaml);
        assertThatThrownBy(() -> UploadTemplateFile.load(file.toString()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    String message = ((ConfigException) e).reason().render(Lang.EN);
                    assertThat(message).contains(file.toString());
                    for (String part : expected) assertThat(message).contains(part);
                    assertThat(message.lines().count()).as(message).isEqualTo(1);
                });
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "template", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
