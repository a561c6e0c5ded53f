package bangfu.config;

import bangfu.model.Field;
import bangfu.model.Labelled;
import bangfu.model.Message;
import bangfu.model.RecordKind;
import bangfu.model.UploadTemplate;
import bangfu.model.UploadTemplate.Column;
import bangfu.model.UploadTemplate.Sheet;
import bangfu.model.ValueType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an upload template (see the built-in {@code national}, printed by {@code report export --print-template}):
 * as strictly as {@code bangfu.yaml} — an unknown key, a value of the wrong type or a key given twice stops with
 * the line and the key path, since a column silently left out would surface only when the upload is refused.
 */
public final class UploadTemplateFile {
    /** The templates bangfu ships, by name; the first is used when none is given. */
    public static final List<String> BUILT_IN = List.of("national");
    private static final int MAX_HEADER_ROW = 100;
    private static final int MAX_SHEET_NAME = 31;
    /** The fields an upload cannot do without, per kind of sheet: what links a row to its household. */
    private static final Map<RecordKind, List<String>> REQUIRED = Map.of(
            RecordKind.ROSTER, List.of("head_id", "head_name"),
            RecordKind.MEMBERS, List.of("head_id", "name"));

    private UploadTemplateFile() {
    }

    /** The built-in template of this name, or the template file at this path. */
    public static UploadTemplate load(String nameOrFile) {
        Source source = source(nameOrFile);
        return read(source.file(), source.text());
    }

    /** The text of the built-in template of this name or of the template file, once it has been read without a fault. */
    public static String text(String nameOrFile) {
        Source source = source(nameOrFile);
        read(source.file(), source.text());
        return source.text();
    }

    /** A template's text, read once, and the file its messages name. */
    private record Source(Path file, String text) {
    }

    private static Source source(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) return new Source(Path.of(nameOrFile + ".yaml"), builtInText(nameOrFile));
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(Message.of("export.template_missing", nameOrFile, String.join(", ", BUILT_IN)), null);
        }
        return new Source(file, MappingFile.text(file));
    }

    /** The text of a built-in template, comments and all: the starting point for a union's own. */
    public static String builtInText(String name) {
        try (InputStream in = UploadTemplateFile.class.getResourceAsStream("/bangfu/templates/" + name + ".yaml")) {
            if (in == null) throw new IllegalStateException("no built-in template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UploadTemplate read(Path file, String text) {
        JsonNode root = MappingFile.parse(file, text);
        Map<String, Integer> lines = MappingFile.keyLines(text);
        try {
            if (root == null || root.isNull() || root.isMissingNode()) {
                throw MappingFile.wrongType(file, root, "(top)", "a mapping of keys");
            }
            return template(file, root);
        } catch (ConfigException e) {
            throw MappingFile.withLine(e, lines);
        }
    }

    private static UploadTemplate template(Path file, JsonNode root) {
        MappingFile.requireObject(file, root, "");
        String name = stem(file);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM");
        List<Sheet> sheets = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "template" -> name = text(file, e.getValue(), "template");
                case "date_format" -> day = pattern(file, e.getValue(), "date_format", LocalDate.of(2024, 6, 2));
                case "month_format" -> month = pattern(file, e.getValue(), "month_format", YearMonth.of(2024, 6));
                case "sheets" -> sheets = sheets(file, e.getValue());
                default -> throw MappingFile.unknownKey(file, e.getKey(),
                        List.of("template", "date_format", "month_format", "sheets"));
            }
        }
        if (sheets == null) throw MappingFile.wrongType(file, root, "sheets", "a mapping of sheet names to their layout");
        return new UploadTemplate(name, day, month, sheets);
    }

    private static List<Sheet> sheets(Path file, JsonNode node) {
        MappingFile.requireObject(file, node, "sheets");
        if (node.isEmpty()) throw MappingFile.wrongType(file, node, "sheets", "a mapping of sheet names to their layout");
        List<Sheet> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<RecordKind, String> kinds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "sheets." + e.getKey();
            if (!validSheetName(e.getKey()) || !names.add(e.getKey().toLowerCase(Locale.ROOT))) {
                throw new ConfigException(Message.of("export.template_bad_sheet_name", file, "?", path, MAX_SHEET_NAME), null);
            }
            Sheet sheet = sheet(file, e.getKey(), e.getValue(), path);
            String earlier = kinds.putIfAbsent(sheet.kind(), e.getKey());
            if (earlier != null) {
                throw new ConfigException(Message.of("export.template_kind_twice", file, "?", path + ".kind",
                        sheet.kind().key(), earlier), null);
            }
            out.add(sheet);
        }
        return out;
    }

    private static Sheet sheet(Path file, String name, JsonNode node, String path) {
        MappingFile.requireObject(file, node, path);
        RecordKind kind = null;
        int headerRow = 1;
        List<String> title = List.of();
        JsonNode columns = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            switch (e.getKey()) {
                case "kind" -> kind = kind(file, e.getValue(), at);
                case "header_row" -> {
                    JsonNode v = e.getValue();
                    if (!v.isInt() || v.asInt() < 1 || v.asInt() > MAX_HEADER_ROW) {
                        throw MappingFile.wrongType(file, v, at, "a row number from 1 to " + MAX_HEADER_ROW);
                    }
                    headerRow = v.asInt();
                }
                case "title" -> title = lines(file, e.getValue(), at);
                case "columns" -> columns = e.getValue();
                default -> throw MappingFile.unknownKey(file, at, List.of("kind", "header_row", "title", "columns"));
            }
        }
        if (kind == null) throw MappingFile.wrongType(file, node, path + ".kind", "roster or members");
        if (title.size() >= headerRow) {
            throw new ConfigException(Message.of("export.template_title_too_long", file, "?", path + ".title",
                    title.size(), headerRow), null);
        }
        if (columns == null) throw MappingFile.wrongType(file, node, path + ".columns", "a mapping of headers to fields");
        return new Sheet(name, kind, headerRow, title, columns(file, kind, columns, path + ".columns"));
    }

    private static RecordKind kind(Path file, JsonNode node, String path) {
        String given = node.isTextual() ? node.asText().strip() : "";
        return REQUIRED.keySet().stream().filter(k -> k.key().equals(given)).findFirst()
                .orElseThrow(() -> new ConfigException(Message.of("config.bad_value", file, "?", path, node.asText(),
                        "roster, members"), null));
    }

    private static List<Column> columns(Path file, RecordKind kind, JsonNode node, String path) {
        MappingFile.requireObject(file, node, path);
        Map<String, Field> fields = new LinkedHashMap<>();
        // The wording of a value kept as 其他 goes out in the value's own column, never in one of its own.
        for (Field f : kind.fields()) if (f.type() != ValueType.WORDING) fields.put(f.key(), f);
        List<Column> out = new ArrayList<>();
        Map<Field, String> used = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            if (e.getKey().isBlank()) throw MappingFile.wrongType(file, node, path, "headers that are not blank");
            JsonNode value = e.getValue();
            JsonNode fieldNode = value;
            JsonNode spellingsNode = null;
            if (value.isObject()) {
                fieldNode = null;
                for (Iterator<Map.Entry<String, JsonNode>> c = value.fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = c.next();
                    switch (entry.getKey()) {
                        case "field" -> fieldNode = entry.getValue();
                        case "values" -> spellingsNode = entry.getValue();
                        default -> throw MappingFile.unknownKey(file, at + "." + entry.getKey(), List.of("field", "values"));
                    }
                }
                if (fieldNode == null) throw MappingFile.wrongType(file, value, at + ".field", "a field key");
                at = at + ".field";
            }
            if (!fieldNode.isTextual()) throw MappingFile.wrongType(file, fieldNode, at, "a field key or {field: …, values: …}");
            Field field = fields.get(fieldNode.asText().strip());
            if (field == null) {
                throw new ConfigException(Message.of("config.bad_value", file, "?", at, fieldNode.asText(),
                        String.join(", ", fields.keySet())), null);
            }
            String earlier = used.putIfAbsent(field, e.getKey());
            if (earlier != null) {
                throw new ConfigException(Message.of("export.template_field_twice", file, "?", path + "." + e.getKey(),
                        field.key(), earlier), null);
            }
            Map<String, String> spellings = spellingsNode == null ? Map.of()
                    : spellings(file, field, spellingsNode, path + "." + e.getKey() + ".values");
            out.add(new Column(e.getKey().strip(), field, spellings));
        }
        for (String required : REQUIRED.get(kind)) {
            if (used.keySet().stream().noneMatch(f -> f.key().equals(required))) {
                throw new ConfigException(Message.of("export.template_needs_field", file, "?", path, required,
                        fields.get(required).zh()), null);
            }
        }
        return out;
    }

    /** Code → how the template spells it; the code may be named as its constant (MALE) or its official word (男). */
    private static Map<String, String> spellings(Path file, Field field, JsonNode node, String path) {
        List<String> codes = codes(field);
        if (codes.isEmpty()) {
            throw new ConfigException(Message.of("export.template_no_spellings", file, "?", path, field.key()), null);
        }
        MappingFile.requireObject(file, node, path);
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            Optional<String> code = code(field, e.getKey().strip());
            if (code.isEmpty()) {
                throw MappingFile.unknownKey(file, at, codes);
            }
            String spelling = text(file, e.getValue(), at);
            if (out.put(code.get(), spelling) != null) {
                throw new ConfigException(Message.of("check.yaml_duplicate_key", file, "?", at), null);
            }
        }
        return out;
    }

    /** The codes a field's values are spelled by: its constants, YES and NO for yes/no, none for other fields. */
    private static List<String> codes(Field field) {
        if (field.type() == ValueType.YES_NO) return List.of("YES", "NO");
        return field.choices().map(c -> Arrays.stream(c.getEnumConstants()).map(Enum::name).toList()).orElse(List.of());
    }

    private static Optional<String> code(Field field, String given) {
        if (field.type() == ValueType.YES_NO) {
            return Optional.ofNullable(given.equalsIgnoreCase("YES") || given.equals("是") ? "YES"
                    : given.equalsIgnoreCase("NO") || given.equals("否") ? "NO" : null);
        }
        return Arrays.stream(field.choices().orElseThrow().getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(given) || (c instanceof Labelled l && l.chinese().equals(given)))
                .map(Enum::name).findFirst();
    }

    private static DateTimeFormatter pattern(Path file, JsonNode node, String path, TemporalAccessor sample) {
        String text = text(file, node, path);
        try {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(text, Locale.ROOT);
            // A pattern asking for the hour or a weekday parses, but cannot write a calendar date.
            f.format(sample);
            return f;
        } catch (RuntimeException e) {
            throw new ConfigException(Message.of("export.template_bad_format", file, "?", path, text,
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static List<String> lines(Path file, JsonNode node, String path) {
        if (node.isTextual()) return List.of(node.asText());
        if (!node.isArray()) throw MappingFile.wrongType(file, node, path, "a line of text or a list of lines");
        List<String> out = new ArrayList<>();
        for (JsonNode line : node) {
            if (!line.isTextual()) throw MappingFile.wrongType(file, line, path, "a line of text or a list of lines");
            out.add(line.asText());
        }
        return out;
    }

    private static String text(Path file, JsonNode node, String path) {
        if (!node.isTextual() || node.asText().isBlank()) throw MappingFile.wrongType(file, node, path, "text");
        return node.asText().strip();
    }

    /** What Excel accepts as a sheet's name. */
    private static boolean validSheetName(String name) {
        return !name.isBlank() && name.codePointCount(0, name.length()) <= MAX_SHEET_NAME
                && name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0)
                && !name.startsWith("'") && !name.endsWith("'") && !name.equalsIgnoreCase("History");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
