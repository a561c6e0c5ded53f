package bangfu.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RehearsalTest {
    @TempDir Path temp;

    @Test
    void aVerifyKilledWithSigkillLeftItsScratchCopyForever() throws Exception {
        // A killed run's folder: its lock file is there, but no process holds the lock any more.
        Path killed = Files.createDirectory(temp.resolve("bangfu-verify-111"));
        Files.createFile(killed.resolve("owner.lock"));
        Files.writeString(killed.resolve("scratch.db"), "a copy of the clerk's database");
        Files.writeString(killed.resolve("scratch.db-wal"), "and its log");
        // A running one: its lock is held (here by this process, through another channel).
        Path running = Files.createDirectory(temp.resolve("bangfu-verify-222"));
        try (FileChannel lock = FileChannel.open(running.resolve("owner.lock"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            lock.lock();
            // One from a version without lock files: left alone while it may still be starting, swept when old.
            Path fresh = Files.createDirectory(temp.resolve("bangfu-verify-333"));
            Path stale = Files.createDirectory(temp.resolve("bangfu-verify-444"));
            Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
            Path unrelated = Files.createDirectory(temp.resolve("something-else"));

            Rehearsal.sweep(temp);

            assertThat(killed).doesNotExist();
            assertThat(stale).doesNotExist();
            assertThat(running).exists();
            assertThat(fresh).exists();
            assertThat(unrelated).exists();
        }
    }
}
