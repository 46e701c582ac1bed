package uk.gov.ects.desk.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Tokens are stored only as their SHA-256 hex hash. */
public final class TokenHasher {

    private TokenHasher() {
    }

    public static String hash(String clearToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(clearToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
