package bangfu.store;

import java.util.List;
import java.util.Map;

/**
 * What undoing one import would do, or did, or why it cannot be done: the rows it removes and restores per
 * table, or what came later and touched the same records.
 *
 * @param undoneAt when the import was undone (before this run, or by it), else null
 */
public record UndoPlan(long importId, String file, Outcome outcome, String undoneAt, List<TableEffect> effects,
                       List<Blocker> blockers) {
    public UndoPlan {
        effects = List.copyOf(effects);
        blockers = List.copyOf(blockers);
    }

    /** How the undo stands. */
    public enum Outcome {
        /** No import with this id. */
        MISSING,
        /** Undone before. */
        ALREADY_UNDONE,
        /** Later imports or commands touched its records, or its change log cannot restore them: nothing done. */
        REFUSED,
        /** Can be undone (a dry run). */
        READY,
        /** Undone by this run. */
        UNDONE
    }

    /**
     * One table: rows the import inserted, to be removed; rows it changed, to be put back; and the columns
     * restored with how many rows each (bookkeeping columns — the import ids and the content digest — not named).
     */
    public record TableEffect(String table, long removed, long restored, Map<String, Long> fields) {
        public TableEffect {
            fields = Map.copyOf(fields);
        }
    }

    /** Why an undo is refused. */
    public enum Reason {
        /** A later import or command changed the records (or opened a later file period of the same head). */
        LATER,
        /** A later import or command added rows (named in {@code detail}) that refer to records the undo would remove. */
        REFERENCED,
        /** The import was made by a bangfu whose change log lacks old values the undo needs (named in {@code detail}). */
        INCOMPLETE_LOG,
        /** The change log names records or columns that no longer exist. */
        GONE
    }

    /**
     * What stands in the way: for {@link Reason#LATER} and {@link Reason#REFERENCED} the later import (id and
     * file) or, for a command without an import, its name (null when its rows do not say: a table without a
     * {@code command} column); the first few of the import's records concerned (masked) and how many in all.
     */
    public record Blocker(Reason reason, Long laterImport, String laterFile, String command, String detail,
                          List<Touched> records, long count) {
        public Blocker {
            records = List.copyOf(records);
        }
    }

    /** A record, described without personal data: its table, the household's masked head ID if it has one, its row id. */
    public record Touched(String table, String maskedHead, int period, long rowId) {
    }
}
