package bangfu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small filesystem of its own, for faults a test cannot otherwise make: a full disk, a folder where programs
 * may not run. Needs root (CI runs as root); elsewhere the test is skipped with a notice that says why.
 */
public final class Tmpfs implements AutoCloseable {
    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kib} KiB on a new folder {@code name} under {@code parent}; {@code noexec} optional. */
    public static Tmpfs mount(Path parent, String name, int kib, boolean noexec) throws IOException, InterruptedException {
        Path at = Files.createDirectories(parent.resolve(name));
        String options = "size=" + kib + "k,mode=0777" + (noexec ? ",noexec" : "");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes()).strip();
        boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!mounted) {
            String notice = "SKIPPED: cannot mount a tmpfs here (" + (said.isEmpty() ? "mount failed" : said)
                    + "); the full-disk and noexec faults need root";
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        return new Tmpfs(at);
    }

    public Path path() {
        return mountPoint;
    }

    /** Fills the filesystem with one file until at most {@code leaveKib} KiB are free. */
    public void fill(int leaveKib) throws IOException {
        Path filler = mountPoint.resolve(".filler");
        long free = Files.getFileStore(mountPoint).getUsableSpace() - leaveKib * 1024L;
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            for (long written = 0; written + block.length <= free; written += block.length) out.write(block);
        } catch (IOException full) {
            // full already: that is the point
        }
    }

    /** Removes the filler: room again, e.g. for a test's own look at a database there. */
    public void empty() throws IOException {
        Files.deleteIfExists(mountPoint.resolve(".filler"));
    }

    /** Everything on the filesystem but the filler, by name. */
    public List<String> files() throws IOException {
        try (var s = Files.list(mountPoint)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".filler")).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("umount", mountPoint.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
