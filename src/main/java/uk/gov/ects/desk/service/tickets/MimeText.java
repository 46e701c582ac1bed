package uk.gov.ects.desk.service.tickets;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decodings of MIME text (RFC 2045, RFC 2047) by hand, with the JDK only. Messages are held as
 * ISO-8859-1 strings, one char per byte, until their charset is known; these methods turn such
 * strings into bytes and bytes into text.
 */
final class MimeText {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MimeText() {
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A charset by its MIME name; unknown or missing names read as UTF-8 (ASCII reads the same either way). */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String clean = name.trim().replace("\"", "");
        int language = clean.indexOf('*'); // RFC 2231 language suffix: utf-8*en
        if (language > 0) {
            clean = clean.substring(0, language);
        }
        try {
            Charset charset = Charset.forName(clean);
            // Mail clients label Windows-1252 text as ISO-8859-1; 1252 is a superset, so read it so.
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? windows1252OrLatin1() : charset;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static Charset windows1252OrLatin1() {
        return Charset.isSupported("windows-1252") ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;
    }

    static String text(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    /** Raw 8-bit header text: UTF-8 when it is valid UTF-8 (what most clients send), else Windows-1252. */
    static String rawHeader(String latin1) {
        byte[] bytes = bytes(latin1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, windows1252OrLatin1());
        }
    }

    /** RFC 2047: {@code =?UTF-8?Q?Si=C3=A2n?=} → Siân; white space between two encoded words goes. */
    static String decodeHeader(String value) {
        if (value == null) {
            return null;
        }
        String joined = value;
        String previous;
        do {
            previous = joined;
            joined = BETWEEN_WORDS.matcher(joined).replaceAll("$1$2");
        } while (!joined.equals(previous));
        Matcher matcher = ENCODED_WORD.matcher(joined);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(decodeWord(matcher)));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    private static String decodeWord(Matcher word) {
        Charset charset = charset(word.group(1));
        String encoded = word.group(3);
        try {
            byte[] bytes = word.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(encoded)
                    : quotedPrintable(encoded.replace('_', ' '));
            return new String(bytes, charset);
        } catch (IllegalArgumentException badBase64) {
            return word.group(); // shown as sent rather than lost
        }
    }

    /** Content-Transfer-Encoding: base64, quoted-printable, or the bytes as they are. */
    static byte[] transferDecode(String latin1Body, String encoding) {
        String name = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "base64" -> Base64.getMimeDecoder().decode(latin1Body.replaceAll("[^A-Za-z0-9+/=]", ""));
            case "quoted-printable" -> quotedPrintable(latin1Body);
            default -> bytes(latin1Body);
        };
    }

    /** RFC 2045 6.7: {@code =XX} is a byte, {@code =} at a line end joins lines; anything else stays as written. */
    static byte[] quotedPrintable(String latin1) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(latin1.length());
        int i = 0;
        while (i < latin1.length()) {
            char c = latin1.charAt(i);
            if (c != '=') {
                out.write(c);
                i++;
                continue;
            }
            int softBreak = softLineBreakLength(latin1, i + 1);
            if (softBreak >= 0) {
                i += 1 + softBreak;
            } else if (isHex(latin1, i + 1) && isHex(latin1, i + 2)) {
                out.write(Integer.parseInt(latin1.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.write('=');
                i++;
            }
        }
        return out.toByteArray();
    }

    /** After an {@code =}: trailing blanks then a line break (or the end) make a soft break; its length, else -1. */
    private static int softLineBreakLength(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i == s.length()) {
            return i - from;
        }
        if (s.charAt(i) == '\n') {
            return i + 1 - from;
        }
        if (s.charAt(i) == '\r') {
            return (i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1) - from;
        }
        return -1;
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
    }
}
