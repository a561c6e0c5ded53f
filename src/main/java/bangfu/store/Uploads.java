package bangfu.store;

import bangfu.model.Selection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stored values of the files and members an upload export lists, every field by its key. */
public interface Uploads {
    /** The stored values of one record by field key; a field not stated is absent (never an empty string). */
    record Stored(Map<String, Object> values) {
        public Stored {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The files, sorted by union, head's name and ID. */
    List<Stored> households(Selection selection);

    /** The members of those files, in the same order of households, then as they were listed. */
    List<Stored> members(Selection selection);
}
