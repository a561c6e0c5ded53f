package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * COPYs sent aside arrive in the order they were sent (a child table's rows after the parents they refer to), a read
 * through the queue sees every row sent before it, and a COPY that fails on the sending thread is the caller's
 * failure at its next statement, with nothing of the transaction kept.
 */
class CopyQueueTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void rowsSentAsideArriveInOrderAndAReadSeesThemAll() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE parent (id bigint PRIMARY KEY, t text)");
            s.execute("CREATE TABLE child (parent_id bigint NOT NULL REFERENCES parent, n bigint)");
            c.setAutoCommit(false);
            long expected = 0;
            try (CopyQueue queue = CopyQueue.aside(c)) {
                CopyRows parents = new CopyRows(queue, "parent", "id", "t");
                CopyRows children = new CopyRows(queue, "child", "parent_id", "n");
                String wide = "户".repeat(300);
                for (long id = 1; id <= 30_000; id++) {
                    parents.add(id, wide);
                    children.add(id, id * 2);
                    expected += id * 2;
                    // the children only after their parents, as the import sink writes them: the foreign key holds
                    if (parents.full()) {
                        parents.write();
                        children.write();
                    }
                }
                parents.write();
                children.write();
                try (Statement read = queue.connection().createStatement();
                     ResultSet rs = read.executeQuery("SELECT count(*), sum(n) FROM child JOIN parent ON parent.id = parent_id")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(30_000);
                    assertThat(rs.getLong(2)).isEqualTo(expected);
                }
            }
            c.commit();
        }
    }

    @Test
    void aCopyThatFailsAsideFailsTheNextStatementAndNothingIsKept() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE keyed (id bigint PRIMARY KEY)");
            c.setAutoCommit(false);
            try (CopyQueue queue = CopyQueue.aside(c)) {
                CopyRows rows = new CopyRows(queue, "keyed", "id");
                rows.add(1L);
                rows.write();
                rows.add(2L);
                rows.add(1L); // the key twice: this COPY fails on the server, on the sending thread
                rows.write();
                rows.add(3L);
                rows.write(); // sent after the failure: the transaction is aborted by then
                assertThatThrownBy(queue::connection).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            }
            c.rollback();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM keyed")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
