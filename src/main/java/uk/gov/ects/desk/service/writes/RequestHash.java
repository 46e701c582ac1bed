package uk.gov.ects.desk.service.writes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of method, path, query and body: what makes two requests with one key "the same". */
final class RequestHash {

    private RequestHash() {
    }

    static String of(String method, String path, String query, String body) {
        String text = method + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + (body == null ? "" : body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
