package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL URL given as --db reaches the storage as typed: a server that does not answer is one line without the password. */
class ServerLocationTest {
    @TempDir
    Path dir;

    @Test
    void aPostgresqlUrlIsRefusedWithOneLineAndExitFourWithoutShowingItsPassword() throws Exception {
        int port = closedPort();
        for (String url : new String[] {"postgresql://clerk:secret@127.0.0.1:" + port + "/bangfu",
            "jdbc:postgresql://127.0.0.1:" + port + "/bangfu?user=clerk&password=secret"}) {
            Run run = Run.of("--lang", "en", "--db", url, "report", "roster");

            assertThat(run.exit()).as(url).isEqualTo(4);
            assertThat(run.err().strip()).as(url).isEqualTo("bangfu: postgresql://127.0.0.1:" + port + "/bangfu?user=clerk: no "
                    + "PostgreSQL server answers at 127.0.0.1:" + port + ". Check the host and port in --db, and that the server"
                    + " runs and accepts connections from this computer.");
            assertThat(run.err() + run.out()).doesNotContain("secret");
        }
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void everyWayOfOpeningTheDatabaseRefusesAServerThatDoesNotAnswerAlike() throws Exception {
        int port = closedPort();
        String url = "postgresql://clerk@127.0.0.1:" + port + "/bangfu";
        List<List<String>> commands = List.of(List.of("import", "--dry-run", "examples/救助发放表-2024.xlsx"),
                List.of("verify", "examples/救助发放表-2024.xlsx"), List.of("verify"), List.of("db", "check"),
                List.of("db", "backup", dir.resolve("backup.db").toString()), List.of("import", "--undo", "1"),
                List.of("report", "yearly", "--year", "2024"), List.of("visit", "due", "--as-of", "2024-12-31"));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", url));
            args.addAll(command);
            Run run = Run.of(args.toArray(String[]::new));

            assertThat(run.exit()).as("%s: %s", command, run.err()).isEqualTo(4);
            // every command has its PostgreSQL part: each finds no server, and says so naming it
            assertThat(run.err().strip()).as("%s", command).startsWith("bangfu: ")
                    .contains("postgresql://127.0.0.1:" + port + "/bangfu?user=clerk")
                    .contains("no PostgreSQL server answers");
            assertThat(run.err().strip().lines()).as("%s", command).hasSize(1);
        }
        assertThat(dir.resolve("backup.db")).doesNotExist();
    }

    @Test
    void anImportIntoAServerWritesNoFileNamedAfterTheUrl() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Run run = Run.of("--lang", "en", "--db", "postgresql://127.0.0.1:" + closedPort() + "/bangfu", "import",
                "examples/救助发放表-2024.xlsx");

        assertThat(run.exit()).isEqualTo(4);
        // a Path would have folded the URL into the relative folder postgresql:/127.0.0.1
        assertThat(Files.exists(cwd.resolve("postgresql:"))).isFalse();
    }
}
