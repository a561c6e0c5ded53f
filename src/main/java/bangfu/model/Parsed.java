package bangfu.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one value: the value when it could be read, and any issues found on the way.
 * A value with only warnings is present; a value with an error is absent.
 *
 * <p>A class rather than a record of an {@code Optional}: one is made for every cell read, and the value is held
 * bare so that a cell costs its value and this one object, not a third for the wrapper.
 */
public final class Parsed<T> {
    private static final Parsed<?> EMPTY = new Parsed<>((Object) null, List.of());

    private final T value;
    private final List<Issue> issues;

    public Parsed(Optional<T> value, List<Issue> issues) {
        this(value.orElse(null), List.copyOf(issues));
    }

    private Parsed(T value, List<Issue> issues) {
        this.value = value;
        this.issues = issues;
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), List.of());
    }

    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> empty() {
        return (Parsed<T>) EMPTY;
    }

    public static <T> Parsed<T> warn(T value, Issue warning) {
        return new Parsed<>(Objects.requireNonNull(value), List.of(warning));
    }

    public static <T> Parsed<T> fail(Issue error) {
        return new Parsed<>((T) null, List.of(error));
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The value, or null when there is none: for the per-cell path, which would otherwise wrap it only to unwrap it. */
    public T valueOrNull() {
        return value;
    }

    public List<Issue> issues() {
        return issues;
    }

    public boolean hasError() {
        for (Issue i : issues) if (i.severity() == Severity.ERROR) return true;
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parsed<?> p && Objects.equals(value, p.value) && issues.equals(p.issues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value(), issues);
    }

    @Override
    public String toString() {
        return "Parsed[value=" + value() + ", issues=" + issues + "]";
    }
}
