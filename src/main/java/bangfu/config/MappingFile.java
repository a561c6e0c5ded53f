package bangfu.config;

import bangfu.model.Field;
import bangfu.model.Labelled;
import bangfu.model.Mapping;
import bangfu.model.Message;
import bangfu.model.NoticePolicy;
import bangfu.model.Policy;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import bangfu.model.ValueType;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads {@code bangfu.yaml}: extra header aliases and value spellings. Strict on purpose — a typo in a
 * key would otherwise be ignored silently and the clerk would wonder why a column is not recognised.
 */
public final class MappingFile {
    /** Field keys beyond the record fields that a header may map to. */
    public static final Set<String> PSEUDO_FIELDS = Set.of("causes", "relation", "ignore");

    private MappingFile() {
    }

    /** Loads the file, or returns {@link Mapping#NONE} when {@code optional} and the file does not exist. */
    public static Mapping load(Path file, boolean optional) {
        return loadAll(file, optional).mapping();
    }

    /**
     * The {@code classify:} section of the file, empty when the file has none (or, when {@code optional},
     * does not exist). The whole file is checked, as {@link #load} checks it.
     */
    public static Optional<ClassifyPolicy> loadClassifyPolicy(Path file, boolean optional) {
        return loadAll(file, optional).classify();
    }

    /** Everything one bangfu.yaml says. */
    private record Loaded(Mapping mapping, Optional<ClassifyPolicy> classify) {
        static final Loaded NONE = new Loaded(Mapping.NONE, Optional.empty());
    }

    private static Loaded loadAll(Path file, boolean optional) {
        if (optional && !Files.exists(file)) return Loaded.NONE;
        String text = text(file);
        JsonNode root = parse(file, text);
        if (root == null || root.isNull() || root.isMissingNode()) return Loaded.NONE;
        Map<String, Integer> lines = keyLines(text);
        try {
            return read(file, root, lines);
        } catch (ConfigException e) {
            throw withLine(e, lines);
        }
    }

    private static Loaded read(Path file, JsonNode root, Map<String, Integer> lines) {
        requireObject(file, root, "");
        Map<RecordKind, Map<String, List<String>>> headers = new EnumMap<>(RecordKind.class);
        Map<RecordKind, Map<String, Map<String, String>>> values = new EnumMap<>(RecordKind.class);
        Map<String, Severity> severities = new LinkedHashMap<>();
        Policy policy = Policy.DEFAULTS;
        NoticePolicy notice = NoticePolicy.DEFAULTS;
        Optional<ClassifyPolicy> classify = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> top = it.next();
            switch (top.getKey()) {
                case "headers" -> readHeaders(file, top.getValue(), headers);
                case "values" -> readValues(file, top.getValue(), values);
                case "severities" -> readSeverities(file, top.getValue(), severities);
                case "policy" -> policy = PolicySection.read(file, top.getValue());
                case "notice" -> notice = NoticeSection.read(file, top.getValue());
                case "classify" -> classify = Optional.of(ClassifySection.read(file, top.getValue(), lines));
                default -> throw unknownKey(file, top.getKey(), List.of("headers", "values", "severities", "policy",
                        "notice", "classify"));
            }
        }
        return new Loaded(new Mapping(headers, values, severities, policy, notice), classify);
    }

    private static void readHeaders(Path file, JsonNode node, Map<RecordKind, Map<String, List<String>>> out) {
        requireObject(file, node, "headers");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kindEntry = it.next();
            RecordKind kind = Arrays.stream(RecordKind.values()).filter(k -> k.key().equals(kindEntry.getKey()))
                    .findFirst().orElseThrow(() -> unknownKey(file, "headers." + kindEntry.getKey(),
                            Arrays.stream(RecordKind.values()).map(RecordKind::key).toList()));
            String path = "headers." + kind.key();
            requireObject(file, kindEntry.getValue(), path);
            Set<String> known = fieldKeys(kind);
            Map<String, List<String>> byField = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = kindEntry.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                if (!known.contains(field.getKey())) throw unknownKey(file, path + "." + field.getKey(), known);
                byField.put(field.getKey(), stringList(file, field.getValue(), path + "." + field.getKey()));
            }
            out.put(kind, byField);
        }
    }

    private static void readSeverities(Path file, JsonNode node, Map<String, Severity> out) {
        requireObject(file, node, "severities");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "severities." + entry.getKey();
            if (!Mapping.ADJUSTABLE.contains(entry.getKey())) throw unknownKey(file, path, new TreeSet<>(Mapping.ADJUSTABLE));
            String value = entry.getValue().isTextual() ? entry.getValue().asText().toUpperCase(Locale.ROOT) : "";
            if (!value.equals("ERROR") && !value.equals("WARNING")) {
                throw new ConfigException(Message.of("config.bad_value", file, "?", path, entry.getValue().asText(),
                        "error, warning"), null);
            }
            out.put(entry.getKey(), Severity.valueOf(value));
        }
    }

    /**
     * {@code values:} — per field key, spelling → code, for every closed-set field of every kind of sheet. A key
     * that names one field (tier, fund_source, relation …) stands alone; a key that two kinds of sheet use for
     * different sets (kind: of aid in a ledger, of visit in a log) goes under its kind: {@code values: ledger: kind:}.
     */
    private static void readValues(Path file, JsonNode node, Map<RecordKind, Map<String, Map<String, String>>> out) {
        forEachField(file, node, "values", (targets, value, path) -> {
            Map<String, String> spellings = spellings(file, value, path, targets.values().iterator().next());
            targets.forEach((kind, f) -> out.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(f.key(), spellings));
        });
    }

    /** What one entry keyed by field says, for the closed-set fields (one per kind of sheet) its key names. */
    interface FieldEntry {
        void accept(Map<RecordKind, Field> targets, JsonNode value, String path);
    }

    /**
     * The entries of a mapping keyed by closed-set field, as {@code values:} and {@code policy: unknown_values:}
     * take them: a field key alone, for every kind of sheet that has the field with the same set of values, or
     * under a kind of sheet ({@code ledger: kind:}).
     */
    static void forEachField(Path file, JsonNode node, String path, FieldEntry each) {
        requireObject(file, node, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = path + "." + entry.getKey();
            Optional<RecordKind> kind = Arrays.stream(RecordKind.values()).filter(k -> k.key().equals(entry.getKey())).findFirst();
            if (kind.isPresent()) {
                requireObject(file, entry.getValue(), at);
                Map<String, Field> fields = choiceFields(kind.get());
                for (Iterator<Map.Entry<String, JsonNode>> f = entry.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = f.next();
                    Field target = fields.get(field.getKey());
                    if (target == null) throw unknownKey(file, at + "." + field.getKey(), fields.keySet());
                    each.accept(Map.of(kind.get(), target), field.getValue(), at + "." + field.getKey());
                }
                continue;
            }
            Map<RecordKind, Field> targets = flatTargets(entry.getKey());
            if (targets.isEmpty()) throw unknownKey(file, at, flatKeys());
            if (targets.values().stream().map(f -> f.choices().orElseThrow()).distinct().count() > 1) {
                throw new ConfigException(Message.of("config.ambiguous_key", file, "?", at, String.join(", ",
                        targets.keySet().stream().map(k -> path + "." + k.key() + "." + entry.getKey()).toList())), null);
            }
            each.accept(targets, entry.getValue(), at);
        }
    }

    /** Spelling → constant name; the code may be given as the constant (SCHOOLING) or as its official word (子女上学). */
    private static Map<String, String> spellings(Path file, JsonNode node, String path, Field field) {
        requireObject(file, node, path);
        Enum<?>[] constants = field.choices().orElseThrow().getEnumConstants();
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> v = node.fields(); v.hasNext(); ) {
            Map.Entry<String, JsonNode> spelling = v.next();
            JsonNode target = spelling.getValue();
            String given = target.isTextual() ? target.asText().strip() : "";
            Optional<Enum<?>> constant = Arrays.stream(constants).filter(c -> c.name().equalsIgnoreCase(given)
                    || (c instanceof Labelled l && l.chinese().equals(given))).findFirst();
            if (constant.isEmpty()) {
                throw new ConfigException(Message.of("config.bad_value", file, "?", path + "." + spelling.getKey(),
                        target.asText(), String.join(", ", Arrays.stream(constants).map(MappingFile::choice).toList())), null);
            }
            out.put(spelling.getKey(), constant.get().name());
        }
        return out;
    }

    private static String choice(Enum<?> c) {
        return c instanceof Labelled l ? c.name() + " " + l.chinese() : c.name();
    }

    /** The closed-set fields of a kind of sheet, by key. */
    static Map<String, Field> choiceFields(RecordKind kind) {
        Map<String, Field> out = new java.util.TreeMap<>();
        for (Field f : kind.fields()) if (f.choices().isPresent()) out.put(f.key(), f);
        return out;
    }

    /** The kinds of sheet with a closed-set field of this key. */
    static Map<RecordKind, Field> flatTargets(String key) {
        Map<RecordKind, Field> out = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            Field f = choiceFields(kind).get(key);
            if (f != null) out.put(kind, f);
        }
        return out;
    }

    /** What may stand under values: or unknown_values: — every closed-set field key, and the kinds of sheet. */
    static Set<String> flatKeys() {
        Set<String> keys = new TreeSet<>();
        for (RecordKind kind : RecordKind.values()) {
            keys.add(kind.key());
            keys.addAll(choiceFields(kind).keySet());
        }
        return keys;
    }

    // Errors carry the key path as their third argument and "?" as the line; fill the line in.
    static ConfigException withLine(ConfigException e, Map<String, Integer> lines) {
        Message m = e.reason();
        if (m.args().size() < 3 || !"?".equals(m.args().get(1))) return e;
        String path = m.args().get(2);
        Integer line = lines.get(path);
        // up to the nearest key that has a line: classify.dibao[2].monthly → classify.dibao[2] → classify.dibao
        while (line == null && (path.contains(".") || path.endsWith("]"))) {
            path = path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : path.substring(0, path.lastIndexOf('.'));
            line = lines.get(path);
        }
        List<String> args = new ArrayList<>(m.args());
        args.set(1, line == null ? "1" : line.toString());
        return new ConfigException(new Message(m.key(), args), e.getCause());
    }

    private static Set<String> fieldKeys(RecordKind kind) {
        Set<String> keys = new TreeSet<>(PSEUDO_FIELDS);
        Field[] fields = kind.fields();
        // The wording of a value kept as 其他 is bangfu's to write, never a column's.
        for (Field f : fields) if (f.type() != ValueType.WORDING) keys.add(f.key());
        return keys;
    }

    private static List<String> stringList(Path file, JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isTextual()) throw wrongType(file, item, path, "text");
                out.add(item.asText());
            }
        } else {
            throw wrongType(file, node, path, "a list of headers");
        }
        return out;
    }

    /** The YAML tree of {@code text}, read from {@code file}; duplicate keys and syntax errors name their line. */
    static JsonNode parse(Path file, String text) {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().build());
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            return yaml.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String duplicate = duplicatePath(e);
            if (duplicate != null) {
                throw new ConfigException(Message.of("check.yaml_duplicate_key", file, at == null ? "?" : at.getLineNr(),
                        duplicate), e);
            }
            // The YAML parser's own mark is exact; Jackson's location can be a line early.
            MarkedYAMLException marked = marked(e);
            Object line = marked != null && marked.getProblemMark() != null ? marked.getProblemMark().getLine() + 1
                    : at == null ? "?" : at.getLineNr();
            String problem = marked != null && marked.getProblem() != null ? marked.getProblem() : e.getOriginalMessage();
            if (problem != null && (problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)"))) {
                throw new ConfigException(Message.of("config.tab", file, line), e);
            }
            String detail = problem == null ? "" : problem.lines().findFirst().orElse("");
            throw new ConfigException(Message.of("config.syntax", file, line, detail), e);
        }
    }

    /**
     * The file as text. YAML is UTF-8 (a BOM is allowed); a file saved as GBK by Notepad is named with its first
     * bad line instead of the decoder's exception.
     */
    static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(Message.of("config.missing", file), e);
        } catch (IOException e) {
            throw new ConfigException(Message.of("config.unreadable", file, e.getMessage()), e);
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(Message.of("config.not_utf8", file, firstBadLine(bytes, from)), e);
        }
    }

    private static int firstBadLine(byte[] bytes, int from) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = from;
        for (int i = from; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            try {
                utf8.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
            } catch (CharacterCodingException e) {
                return line;
            }
            line++;
            start = i + 1;
        }
        return line;
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
        }
        return null;
    }

    // Jackson names only the last key of a duplicate; the parser's context still knows where it stood.
    private static String duplicatePath(JsonProcessingException e) {
        String text = e.getOriginalMessage();
        if (text == null || !text.startsWith("Duplicate field") || !(e.getProcessor() instanceof JsonParser p)) return null;
        List<String> names = new ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) names.add(0, c.getCurrentName());
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    static void requireObject(Path file, JsonNode node, String path) {
        if (!(node instanceof ObjectNode)) throw wrongType(file, node, path.isEmpty() ? "(top)" : path, "a mapping of keys");
    }

    static ConfigException wrongType(Path file, JsonNode node, String path, String expected) {
        return new ConfigException(Message.of("config.wrong_type", file, "?", path, expected), null);
    }

    static ConfigException unknownKey(Path file, String path, java.util.Collection<String> known) {
        return new ConfigException(Message.of("config.unknown_key", file, "?", path, String.join(", ", known)), null);
    }

    /** The key path of the parser's position: mapping keys joined by dots, list items as [n] counted from 1. */
    private static String path(List<String> keys, List<Integer> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (items.get(i) >= 0) {
                if (items.get(i) > 0) out.append('[').append(items.get(i)).append(']');
            } else if (keys.get(i) != null) {
                if (out.length() > 0) out.append('.');
                out.append(keys.get(i));
            }
        }
        return out.toString();
    }

    /** Lines of every key path, taken from the parser's own marks (the tree keeps none). */
    static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser p = YAMLFactory.builder().build().createParser(text)) {
            // One entry per open mapping (its current key) or list (the number of items seen so far, from 1).
            List<String> keys = new ArrayList<>();
            List<Integer> items = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    keys.remove(keys.size() - 1);
                    items.remove(items.size() - 1);
                    continue;
                }
                if (t == JsonToken.FIELD_NAME) {
                    keys.set(keys.size() - 1, p.currentName());
                    lines.putIfAbsent(path(keys, items), p.currentTokenLocation().getLineNr());
                    continue;
                }
                int top = items.size() - 1;
                if (top >= 0 && items.get(top) >= 0) {
                    items.set(top, items.get(top) + 1);
                    lines.putIfAbsent(path(keys, items), p.currentTokenLocation().getLineNr());
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    keys.add(null);
                    items.add(t == JsonToken.START_ARRAY ? 0 : -1);
                }
            }
        } catch (IOException e) {
            // positions are a courtesy; the parse itself reported any syntax error already
        }
        return lines;
    }
}
