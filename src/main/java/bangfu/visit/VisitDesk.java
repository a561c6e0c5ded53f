package bangfu.visit;

import bangfu.load.FileReport;
import bangfu.load.ImportListener;
import bangfu.load.ImportOptions;
import bangfu.load.Importer;
import bangfu.model.Mapping;
import bangfu.model.RecordKind;
import bangfu.model.VisitField;
import bangfu.store.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code visit add}: one visit typed at a desk after a round of visits, judged and written exactly as a row of an
 * imported visit log (unknown household, a date in the future, a repeat — the same checks, messages and exit codes)
 * and recorded as an import named {@value #NAME}.
 */
public final class VisitDesk {
    /** The name the typed visit is recorded under, in {@code imports} and in its findings. */
    public static final String NAME = "visit add";

    /** The fields a clerk types, in the order of the typed row; each is the option that gives it. */
    public static final List<VisitField> FIELDS = List.of(VisitField.HEAD_ID, VisitField.VISITED_ON, VisitField.KIND,
            VisitField.VISITOR, VisitField.OUTCOME, VisitField.NOTE);

    private VisitDesk() {
    }

    /**
     * Records the visit; {@code values} follow {@link #FIELDS}, null where not given, as typed.
     *
     * @return what the import of the one row did
     */
    public static FileReport add(Storage db, Mapping mapping, List<String> values, Clock clock) {
        if (values.size() != FIELDS.size()) throw new IllegalArgumentException("one value per field");
        List<String> header = new ArrayList<>();
        for (VisitField f : FIELDS) header.add(f.zh());
        ImportOptions options = new ImportOptions(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(RecordKind.VISITS), false, LocalDate.now(clock), false);
        return new Importer(db, mapping, options, ImportListener.NONE, clock).importTyped(NAME, header, List.of(values));
    }
}
