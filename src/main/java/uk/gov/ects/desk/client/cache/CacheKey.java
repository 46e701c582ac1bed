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
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.spec.PBEKeySpec;

/**
 * The secret that encrypts the cache file (H2 {@code CIPHER=AES}). Either derived from the agent's
 * passphrase, or, where there is no passphrase (the sandbox), a random key kept in a file only the
 * user can read. The key is hex, so it never contains the space H2 uses to split the passwords.
 */
public final class CacheKey {

    private static final int KEY_BYTES = 32;
    private static final int PBKDF2_ROUNDS = 210_000;
    private static final int GCM_NONCE_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Encrypts {@code plain} with this key (AES-GCM, a fresh random nonce in front), for small
     * secrets kept beside the cache, such as the agent's token. Tampering makes {@link #unseal} fail.
     */
    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[GCM_NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(), new GCMParameterSpec(GCM_TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot encrypt with AES-GCM", e);
        }
    }

    /** The plain bytes {@link #seal} was given; throws if {@code sealed} was made with another key or altered. */
    public byte[] unseal(byte[] sealed) throws GeneralSecurityException {
        if (sealed.length < GCM_NONCE_BYTES) {
            throw new GeneralSecurityException("too short to be sealed data");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, aesKey(), new GCMParameterSpec(GCM_TAG_BITS, sealed, 0, GCM_NONCE_BYTES));
        return cipher.doFinal(sealed, GCM_NONCE_BYTES, sealed.length - GCM_NONCE_BYTES);
    }

    private SecretKeySpec aesKey() {
        return new SecretKeySpec(HexFormat.of().parseHex(hexKey), "AES");
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
