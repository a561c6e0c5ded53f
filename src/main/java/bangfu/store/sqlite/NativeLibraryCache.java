package bangfu.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps SQLite's native library unpacked in an owner-only folder of the user's cache, so that a command that
 * opens the database does not unpack it from the jar into the temporary folder on every run, as the driver
 * does by itself. The file is named after the size and CRC-32 the jar records for it, and its content is
 * checked against both before each use; anything amiss (no home, a folder others may write, a file that does
 * not load) leaves the driver to its own unpacking, as before.
 */
final class NativeLibraryCache {
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private NativeLibraryCache() {
    }

    /** Points the driver at the cached library, unpacked and checked; returns where it is, or null when the driver is left alone. */
    static Path use(Map<String, String> env) {
        if (System.getProperty("org.sqlite.lib.path") != null) return null; // chosen by whoever started us
        try {
            Path folder = folder(env);
            if (folder == null) return null;
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (url == null) return null;
            URLConnection connection = url.openConnection();
            // Run from a folder of classes (the tests) there is nothing unpacked to save.
            if (!(connection instanceof JarURLConnection jar)) return null;
            JarEntry entry = jar.getJarEntry();
            long size = entry.getSize();
            long crc = entry.getCrc();
            if (size < 0 || crc < 0) return null;
            Path lib = folder.resolve(String.format(Locale.ROOT, "%08x-%d-%s", crc, size, name));
            if (!matches(lib, size, crc)) {
                unpack(url, lib);
                if (!matches(lib, size, crc)) return null;
            }
            // Only pointed at, never loaded here: the driver loads it once, or unpacks its own when it will not load.
            // Loaded here as well, the driver on another thread could load a second copy from the temporary
            // folder, and JNI bound to one copy and initialised in the other crashed the JVM in one run in three.
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
            return lib;
        } catch (IOException | RuntimeException e) {
            return null; // the driver unpacks into the temporary folder, and says so if that fails
        }
    }

    /** $XDG_CACHE_HOME/bangfu or ~/.cache/bangfu, made owner-only; null when there is none or others may write to it. */
    static Path folder(Map<String, String> env) throws IOException {
        String cache = env.get("XDG_CACHE_HOME");
        Path base;
        if (cache != null && cache.startsWith("/")) {
            base = Path.of(cache);
        } else {
            String home = System.getProperty("user.home");
            if (home == null || home.isEmpty() || home.equals("?")) return null;
            base = Path.of(home, ".cache");
        }
        Path folder = base.resolve("bangfu");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(base);
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by another bangfu: checked below like any other
            }
        }
        PosixFileAttributes a = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean ours = a.isDirectory() && a.owner().getName().equals(System.getProperty("user.name"));
        return ours && a.permissions().equals(OWNER_ONLY) ? folder : null;
    }

    private static boolean matches(Path lib, long size, long crc) throws IOException {
        if (!Files.isRegularFile(lib, LinkOption.NOFOLLOW_LINKS) || Files.size(lib) != size) return false;
        CRC32 sum = new CRC32();
        try (InputStream in = Files.newInputStream(lib)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sum.update(buffer, 0, n);
        }
        return sum.getValue() == crc;
    }

    /** Written beside its final name and moved there whole, so that a second bangfu never loads half a file. */
    private static void unpack(URL url, Path lib) throws IOException {
        Path part = Files.createTempFile(lib.getParent(), "unpacking-", ".part",
                PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
        try {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            try (InputStream in = c.getInputStream(); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            try {
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
