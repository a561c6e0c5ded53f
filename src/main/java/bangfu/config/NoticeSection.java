package bangfu.config;

import bangfu.model.Message;
import bangfu.model.NoticeColumn;
import bangfu.model.NoticePolicy;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code notice:} section of bangfu.yaml: the columns of a 公示 list and its title, read as strictly as the
 * rest. A column outside {@link NoticeColumn} is refused — one naming a personal detail (an ID, a phone, an
 * address …) with a sentence saying it may never be posted.
 */
final class NoticeSection {
    static final List<String> KEYS = List.of("columns", "title");

    private NoticeSection() {
    }

    static NoticePolicy read(Path file, JsonNode node) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) return NoticePolicy.DEFAULTS;
        MappingFile.requireObject(file, node, "notice");
        List<NoticeColumn> columns = NoticePolicy.DEFAULTS.columns();
        String title = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "notice." + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "columns" -> columns = columns(file, v, path);
                case "title" -> {
                    if (!v.isTextual() || v.asText().isBlank()) throw MappingFile.wrongType(file, v, path, "a line of text");
                    title = v.asText().strip();
                }
                default -> throw MappingFile.unknownKey(file, path, KEYS);
            }
        }
        return new NoticePolicy(columns, title);
    }

    private static List<NoticeColumn> columns(Path file, JsonNode v, String path) {
        if (!v.isArray() || v.isEmpty()) throw MappingFile.wrongType(file, v, path, "a list of columns, e.g. [name, union, kind, amount]");
        List<String> allowed = Arrays.stream(NoticeColumn.values()).map(NoticeColumn::key).toList();
        List<NoticeColumn> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) throw MappingFile.wrongType(file, item, path, "a list of column names (" + String.join(", ", allowed) + ")");
            String key = item.asText().strip().toLowerCase(Locale.ROOT);
            if (NoticeColumn.NEVER_SHOWN.contains(key)) {
                throw new ConfigException(Message.of("config.notice_private", file, "?", path, item.asText(),
                        String.join(", ", allowed)), null);
            }
            NoticeColumn column = Arrays.stream(NoticeColumn.values()).filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> MappingFile.unknownKey(file, path + "." + key, allowed));
            if (out.contains(column)) throw MappingFile.wrongType(file, item, path, "a list naming each column once");
            out.add(column);
        }
        return out;
    }
}
