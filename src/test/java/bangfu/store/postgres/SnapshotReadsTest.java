package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The yearly report's reads on PostgreSQL run side by side on several connections, and every one of them sees the
 * one snapshot taken when the report began: a household another clerk commits meanwhile is in none of them.
 */
class SnapshotReadsTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void everyConnectionSeesTheStateOfTheStartNotACommitMeanwhile() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of())) {
            insertHousehold("110101198001011234");
            List<Future<long[]>> seen = new ArrayList<>();
            try (SnapshotReads reads = new SnapshotReads(db, SnapshotReads.CONNECTIONS)) {
                insertHousehold("110101198001021238"); // committed by another connection after the report began
                // each read holds its connection until all have started, so that every connection answers once
                CountDownLatch allStarted = new CountDownLatch(SnapshotReads.CONNECTIONS);
                for (int i = 0; i < SnapshotReads.CONNECTIONS; i++) {
                    seen.add(reads.submit(c -> {
                        allStarted.countDown();
                        try {
                            allStarted.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("SELECT count(*), pg_backend_pid(), current_setting('work_mem') FROM households")) {
                            rs.next();
                            assertThat(rs.getString(3)).isEqualTo(SnapshotReads.WORK_MEM);
                            return new long[] {rs.getLong(1), rs.getLong(2)};
                        }
                    }));
                }
                Set<Long> backends = new HashSet<>();
                for (Future<long[]> f : seen) {
                    assertThat(f.get()[0]).isEqualTo(1);
                    backends.add(f.get()[1]);
                }
                assertThat(backends).hasSize(SnapshotReads.CONNECTIONS);
            }
            // the database's own connection is back in autocommit after the report, and sees both
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM households")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(db.connection().getAutoCommit()).isTrue();
            }
        }
    }

    @Test
    void aFailedReadFailsTheReadsAfterItWithItsOwnReason() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of());
             SnapshotReads reads = new SnapshotReads(db, 1)) {
            Future<Object> bad = reads.submit(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeQuery("SELECT no_such_column FROM households");
                }
                return null;
            });
            Future<Object> after = reads.submit(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    return rs.next();
                }
            });
            assertThatThrownBy(bad::get).isInstanceOf(ExecutionException.class).hasMessageContaining("no_such_column");
            // not "current transaction is aborted": the reason of the failure that aborted it
            assertThatThrownBy(after::get).isInstanceOf(ExecutionException.class).hasMessageContaining("no_such_column");
        }
    }

    private static void insertHousehold(String headId) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO households (head_id, head_name, union_name, status) VALUES ('" + headId
                    + "', '甲', '东城区工会', 'ACTIVE')");
        }
    }
}
