package bangfu.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file's prepared UPDATEs (of households, members, status entries), one per statement text, kept for the file and
 * closed at its end. The texts are few in a real file (the fields a roster changes, and the lifecycle columns a status
 * change moves), but nothing bounds them: past {@link #LIMIT} the statements are let go, after {@code release} has run
 * what they hold (PostgreSQL's batches), and prepared again as rows need them.
 */
public final class UpdateStatements implements AutoCloseable {
    static final int LIMIT = 32;

    /** What to do with the statements before they are closed: execute what they have batched. */
    public interface Release {
        void run(Collection<PreparedStatement> statements) throws SQLException;
    }

    private final Connection c;
    private final Release release;
    private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>();

    public UpdateStatements(Connection c, Release release) {
        this.c = c;
        this.release = release;
    }

    /** The prepared statement of {@code sql}, prepared once while the file has fewer than {@link #LIMIT} of them. */
    public PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = bySql.get(sql);
        if (ps != null) return ps;
        if (bySql.size() == LIMIT) {
            release.run(bySql.values());
            close();
        }
        ps = c.prepareStatement(sql);
        bySql.put(sql, ps);
        return ps;
    }

    /** The statements prepared so far, in the order they were first used. */
    public Collection<PreparedStatement> statements() {
        return bySql.values();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : bySql.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after the file's end or a failure; a failure is what gets reported
            }
        }
        bySql.clear();
    }
}
