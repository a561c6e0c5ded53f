package bangfu.model;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one value: the value when it could be read, and any issues found on the way.
 * A value with only warnings is present; a value with an error is absent.
 */
public record Parsed<T>(Optional<T> value, List<Issue> issues) {
    public Parsed {
        issues = List.copyOf(issues);
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Optional.of(value), List.of());
    }

    public static <T> Parsed<T> empty() {
        return new Parsed<>(Optional.empty(), List.of());
    }

    public static <T> Parsed<T> warn(T value, Issue warning) {
        return new Parsed<>(Optional.of(value), List.of(warning));
    }

    public static <T> Parsed<T> fail(Issue error) {
        return new Parsed<>(Optional.empty(), List.of(error));
    }

    public boolean hasError() {
        for (Issue i : issues) if (i.severity() == Severity.ERROR) return true;
        return false;
    }
}
