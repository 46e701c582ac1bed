package uk.gov.ects.desk.client.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The secret that encrypts the cache file (H2 {@code CIPHER=AES}). Either derived from the agent's
 * passphrase, or, where there is no passphrase (the sandbox), a random key kept in a file only the
 * user can read. The key is hex, so it never contains the space H2 uses to split the passwords.
 */
public final class CacheKey {

    private static final int KEY_BYTES = 32;
    private static final int PBKDF2_ROUNDS = 210_000;

    private final String hexKey;

    private CacheKey(byte[] key) {
        this.hexKey = HexFormat.of().formatHex(key);
    }

    /**
     * Derives the key from the agent's passphrase and a random salt kept in {@code saltFile}
     * (created on first use; the salt is not secret, it only makes each install's key different).
     */
    public static CacheKey fromPassphrase(char[] passphrase, Path saltFile) {
        byte[] salt = readOrCreateRandom(saltFile, 16);
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, PBKDF2_ROUNDS, KEY_BYTES * 8);
            try {
                return new CacheKey(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot derive the cache key (PBKDF2WithHmacSHA256)", e);
        }
    }

    /** A random key kept in {@code keyFile} (rw------- on POSIX file systems), created on first use. */
    public static CacheKey fromKeyFile(Path keyFile) {
        return new CacheKey(readOrCreateRandom(keyFile, KEY_BYTES));
    }

    /** H2's password for an encrypted file: "filePassword userPassword". */
    String h2Password() {
        return hexKey + " " + hexKey;
    }

    private static byte[] readOrCreateRandom(Path file, int length) {
        try {
            if (!Files.exists(file)) {
                createOwnerOnly(file, length);
            } else {
                OwnerOnlyFiles.restrict(file); // a key file an older version left readable by others
            }
            byte[] bytes = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (bytes.length != length) {
                throw new IllegalStateException("The cache key file " + file + " is damaged; delete it and the cache to start afresh");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the cache key file " + file, e);
        }
    }

    private static void createOwnerOnly(Path file, int length) throws IOException {
        byte[] random = new byte[length];
        new SecureRandom().nextBytes(random);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            OwnerOnlyFiles.folder(parent);
        }
        try {
            Files.createFile(file, OwnerOnlyFiles.newFileAttributes(file));
        } catch (FileAlreadyExistsException raced) {
            return; // another process created it first; use theirs
        }
        Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "CacheKey[hidden]";
    }
}
