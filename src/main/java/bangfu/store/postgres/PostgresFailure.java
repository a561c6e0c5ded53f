package bangfu.store.postgres;

import bangfu.model.Message;
import bangfu.store.DatabaseException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.util.PSQLException;

/**
 * Turns a failure of the PostgreSQL driver into the one sentence for the clerk (exit 4), by its SQLState, the
 * standard's code that every PostgreSQL version keeps: the server's own wording is only the detail in brackets.
 */
final class PostgresFailure {
    private PostgresFailure() {
    }

    /** The sentence for a failure while connecting to or working in the database at {@code location}. */
    static DatabaseException of(PostgresLocation location, Map<String, String> env, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = location.userFor(env);
        Message message = switch (state) {
            // 08001: the driver could not reach a server; 08004: the server would not take the connection
            case "08001", "08006" -> unreachable(location, e);
            case "28P01", "28000", "08004" -> Message.of("db.pg_auth", location, user, detail(e));
            case "3D000" -> Message.of("db.pg_no_database", location, location.database());
            // insufficient_privilege; invalid_schema_name is what a user without USAGE on any schema of its path meets
            case "42501", "3F000" -> Message.of("db.pg_permission", location, user, detail(e));
            // lock_timeout ran out, a deadlock was broken by the server
            case "55P03", "40P01" -> Message.of("db.pg_locked", location);
            // bangfu writes no duplicate itself: another clerk's import, committed meanwhile, filed the same household;
            // or (40001) changed a row this import's snapshot read, which an import must not overwrite
            case "23505", "40001" -> Message.of("db.pg_conflict", location, detail(e));
            // disk_full: the server maps ENOSPC of any of its files (table, index, WAL, temp) to this state
            case "53100" -> Message.of("db.pg_full", location);
            case "53300", "57P03" -> Message.of("db.pg_busy", location, detail(e));
            default -> Message.of("db.error", location, detail(e));
        };
        return new DatabaseException(message, e);
    }

    private static Message unreachable(PostgresLocation location, SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) return Message.of("db.pg_unknown_host", location, location.hosts());
            if (t instanceof ConnectException) break;
        }
        return Message.of("db.pg_refused", location, location.hosts());
    }

    /** The server's one-line message (never its context lines), or the driver's first line. */
    static String detail(SQLException e) {
        String text = null;
        // A failed batch reports "Batch entry 0 UPDATE … was aborted", quoting the statement and its values (a
        // household's fields): the server's own reason is the next exception.
        for (SQLException next = e; next != null && text == null; next = next.getNextException()) {
            if (next instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
                text = pe.getServerErrorMessage().getMessage();
            }
        }
        if (text == null) text = (e.getNextException() == null ? e : e.getNextException()).getMessage();
        if (text == null) return "";
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
