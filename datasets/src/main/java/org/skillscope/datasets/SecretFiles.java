package org.skillscope.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Small secrets kept in files only their owner can read (the results database's password, the
 * learner salt): created once, whole (a racing process's file wins and is read), 0600 in folders
 * created 0700.
 */
public final class SecretFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretFiles() {}

    /** A secret's value, and whether this call created its file. */
    public record Secret(String value, boolean created) {
        @Override
        public String toString() {
            return "Secret[created=" + created + "]"; // never the value in a log line
        }
    }

    /** The secret in {@code file}, created with 32 random base64url characters if absent. */
    public static Secret readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) return new Secret(read(file), false);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path dir = file.toAbsolutePath().getParent();
        createPrivateDirectories(dir);
        Path tmp = POSIX ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp", ownerOnly("rw-------"))
                : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file); // no REPLACE_EXISTING: a file another process made meanwhile wins
            return new Secret(value, true);
        } catch (FileAlreadyExistsException raced) {
            return new Secret(read(file), false);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Creates the folders of {@code dir} that are missing, each readable by its owner only. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) return;
        createPrivateDirectories(dir.toAbsolutePath().getParent());
        try {
            if (POSIX) Files.createDirectory(dir, ownerOnly("rwx------"));
            else Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(dir)) throw raced;
        }
    }

    private static String read(Path file) throws IOException {
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.isEmpty()) throw new IOException(file + " is empty");
        return value;
    }

    private static FileAttribute<?> ownerOnly(String perms) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms));
    }
}
