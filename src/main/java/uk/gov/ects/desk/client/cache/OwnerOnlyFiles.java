package uk.gov.ects.desk.client.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The app's data (the cache, its key, the sandbox's store) is readable by its user only: folders
 * {@code rwx------} and files {@code rw-------} where the file system has POSIX permissions. Where
 * it has not (Windows), the folder under the user's profile already keeps other users out, and
 * nothing is changed.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code folder} and any missing parents owner-only, and makes {@code folder} itself
     * owner-only if it was there already (a folder made by an older version). Answers the folder.
     */
    public static Path folder(Path folder) throws IOException {
        if (!isPosix(folder)) {
            return Files.createDirectories(folder);
        }
        Path created = Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        Files.setPosixFilePermissions(created, FOLDER);
        return created;
    }

    /** Makes an existing {@code file} owner-only (one an older version or a library made with the default mode). */
    public static void restrict(Path file) throws IOException {
        if (isPosix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** The attributes that create a file owner-only from the start, so it is never readable by others. */
    static FileAttribute<?>[] newFileAttributes(Path file) {
        return isPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
