package bangfu.validate;

import bangfu.model.Mapping;
import java.time.LocalDate;
import java.util.Optional;

/** Makes the row reader for each recognised sheet, with the union's extra value spellings. */
public final class RowReaders {
    private final Mapping mapping;
    private final LocalDate today;
    private final Optional<String> defaultUnion;

    public RowReaders(Mapping mapping, LocalDate today, Optional<String> defaultUnion) {
        this.mapping = mapping;
        this.today = today;
        this.defaultUnion = defaultUnion;
    }

    public RowReader forLayout(SheetLayout layout) {
        return new RowReader(layout, mapping, today, defaultUnion);
    }
}
