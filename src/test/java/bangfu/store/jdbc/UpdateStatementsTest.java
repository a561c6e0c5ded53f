package bangfu.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file's household UPDATEs stay bounded: past the limit, what they batched is run before they are let go. */
class UpdateStatementsTest {
    @Test
    void theStatementsPastTheLimitRunWhatTheyBatchedAndArePreparedAgain() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
            for (int i = 0; i <= UpdateStatements.LIMIT; i++) s.execute("INSERT INTO t VALUES (" + i + ", 0)");
            List<Integer> released = new ArrayList<>();
            try (UpdateStatements updates = new UpdateStatements(c, statements -> {
                released.add(statements.size());
                for (PreparedStatement ps : statements) ps.executeBatch();
            })) {
                List<PreparedStatement> first = new ArrayList<>();
                for (int i = 0; i < UpdateStatements.LIMIT; i++) {
                    // one shape per row, as a file whose rows each change another set of columns
                    PreparedStatement ps = updates.statement("UPDATE t SET v = ? WHERE id = ? AND " + i + " = " + i);
                    assertThat(updates.statement("UPDATE t SET v = ? WHERE id = ? AND " + i + " = " + i)).isSameAs(ps);
                    ps.setInt(1, 1);
                    ps.setInt(2, i);
                    ps.addBatch();
                    first.add(ps);
                }
                assertThat(released).isEmpty();
                assertThat(count(c)).isZero();

                PreparedStatement more = updates.statement("UPDATE t SET v = ? WHERE id = ? AND -1 = -1");
                PreparedStatement again = updates.statement("UPDATE t SET v = ? WHERE id = ? AND 0 = 0");

                assertThat(released).containsExactly(UpdateStatements.LIMIT);
                assertThat(count(c)).isEqualTo(UpdateStatements.LIMIT);
                assertThat(first).allSatisfy(ps -> assertThat(ps.isClosed()).isTrue());
                assertThat(again).isNotSameAs(first.get(0));
                assertThat(updates.statements()).containsExactly(more, again);
            }
        }
    }

    private static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE v = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
