package bangfu.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A problem with a value or a row, before it is placed at a file position. The stable {@code code}
 * (e.g. {@code ID_CHECK_DIGIT}) names the message {@code issue.id_check_digit} and the fix hint
 * {@code issue.id_check_digit.hint} in the {@code issue} catalogue; {@code args} fill their {0}, {1} ….
 */
public record Issue(Severity severity, String code, List<String> args) {
    public Issue {
        requireNonNull(severity, "severity");
        requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Issue error(String code, Object... args) {
        return new Issue(Severity.ERROR, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    public static Issue warning(String code, Object... args) {
        return new Issue(Severity.WARNING, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    public Issue withSeverity(Severity other) {
        return new Issue(other, code, args);
    }

    public Message message() {
        return new Message("issue." + code.toLowerCase(Locale.ROOT), args);
    }

    public Message hint() {
        return new Message("issue." + code.toLowerCase(Locale.ROOT) + ".hint", args);
    }
}
