package uk.gov.ects.desk.service.tickets;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.ects.desk.model.people.EmailAddress;

/**
 * Reads one RFC 5322 message as a mailbox exports it ({@code .eml}): From (address and display
 * name), Subject (RFC 2047 encoded words), Date, Message-ID and the text. The text is the first
 * text/plain part that is not an attachment, else the first HTML part with its tags removed;
 * multipart/alternative, multipart/mixed and nested multiparts are searched in order.
 */
public final class EmlParser {

    /** The file is not an email we can make a ticket from; the message says why, in plain words. */
    public static final class BadMessage extends Exception {
        public BadMessage(String message) {
            super(message);
        }
    }

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("([^\\s<>()\",;:]+@[^\\s<>()\",;:]+)");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");
    private static final int MAX_MULTIPART_DEPTH = 10;

    /** A MIME entity: headers (names lower case, values unfolded) and its body, one char per byte. */
    private record Entity(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }

        String mediaType() {
            String type = header("content-type");
            if (type == null) {
                return "text/plain";
            }
            return type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        }

        String contentTypeParam(String name) {
            return parameter(header("content-type"), name);
        }

        boolean isAttachment() {
            String disposition = header("content-disposition");
            return disposition != null && disposition.trim().toLowerCase(Locale.ROOT).startsWith("attachment");
        }
    }

    public MailMessage parse(byte[] file) throws BadMessage {
        Entity message = entity(new String(file, StandardCharsets.ISO_8859_1));
        if (message.headers().isEmpty()) {
            throw new BadMessage("it has no email headers");
        }
        String from = message.header("from");
        if (from == null) {
            throw new BadMessage("it has no From line, so there is nobody to reply to");
        }
        String decodedFrom = MimeText.decodeHeader(MimeText.rawHeader(from));
        String address = address(decodedFrom)
                .orElseThrow(() -> new BadMessage("its From line has no email address"));
        String subject = message.header("subject") == null ? ""
                : MimeText.decodeHeader(MimeText.rawHeader(message.header("subject"))).strip();
        String messageId = message.header("message-id") == null ? null : message.header("message-id").strip();
        return new MailMessage(address, displayName(decodedFrom), subject, date(message.header("date")),
                messageId == null || messageId.isEmpty() ? null : messageId, bodyText(message));
    }

    private static Entity entity(String latin1) {
        int blank = headerEnd(latin1);
        String headerBlock = blank < 0 ? latin1 : latin1.substring(0, blank);
        String body = blank < 0 ? "" : latin1.substring(blank).replaceFirst(blank == 0 ? "^\\r?\\n" : "^\\r?\\n\\r?\\n", "");
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : headerBlock.split("\\r?\\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                headers.put(name, headers.get(name) + " " + line.strip()); // unfold
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                name = null; // not a header line: ignored, as mail readers do
                continue;
            }
            name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            // The first of a repeated header counts (Received lines repeat; From and Subject should not).
            if (headers.containsKey(name)) {
                name = null;
                continue;
            }
            headers.put(name, line.substring(colon + 1).strip());
        }
        return new Entity(headers, body);
    }

    /** Where the headers end: the first empty line. */
    private static int headerEnd(String latin1) {
        if (latin1.startsWith("\r\n") || latin1.startsWith("\n")) {
            return 0;
        }
        Matcher blank = BLANK_LINE.matcher(latin1);
        return blank.find() ? blank.start() : -1;
    }

    private String bodyText(Entity message) throws BadMessage {
        Optional<String> plain = find(message, "text/plain", 0);
        if (plain.isPresent()) {
            return plain.get();
        }
        return find(message, "text/html", 0).map(HtmlText::strip).orElse("");
    }

    private Optional<String> find(Entity entity, String wanted, int depth) throws BadMessage {
        String type = entity.mediaType();
        if (type.startsWith("multipart/")) {
            if (depth >= MAX_MULTIPART_DEPTH) {
                throw new BadMessage("its parts are nested too deeply to read");
            }
            for (Entity part : parts(entity)) {
                Optional<String> found = find(part, wanted, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!type.equals(wanted) || entity.isAttachment()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = MimeText.transferDecode(entity.body(), entity.header("content-transfer-encoding"));
            String text = MimeText.text(bytes, MimeText.charset(entity.contentTypeParam("charset")));
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        } catch (IllegalArgumentException badBase64) {
            throw new BadMessage("its " + wanted + " part is not valid base64");
        }
    }

    private static List<Entity> parts(Entity multipart) throws BadMessage {
        String boundary = multipart.contentTypeParam("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new BadMessage("it says it has several parts but does not say where they begin");
        }
        String delimiter = "--" + boundary;
        List<Entity> parts = new ArrayList<>();
        String[] lines = multipart.body().split("\\r?\\n", -1);
        StringBuilder current = null;
        boolean closed = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals(delimiter + "--")) {
                closed = true;
                break;
            }
            if (trimmed.equals(delimiter)) {
                if (current != null) {
                    parts.add(entity(withoutLastNewline(current)));
                }
                current = new StringBuilder();
                continue;
            }
            if (current != null) {
                current.append(line).append("\r\n");
            }
        }
        if (current != null && (closed || current.length() > 0)) {
            parts.add(entity(withoutLastNewline(current))); // a missing closing line still keeps the last part
        }
        if (parts.isEmpty()) {
            throw new BadMessage("none of its parts could be found");
        }
        return parts;
    }

    private static String withoutLastNewline(StringBuilder part) {
        String text = part.toString();
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text;
    }

    /** {@code "Siân Öztürk" <sian@school.org>}, {@code sian@school.org (Siân)} or a bare address. */
    static Optional<String> address(String from) {
        Matcher angle = ANGLE_ADDRESS.matcher(from);
        String candidate = angle.find() ? angle.group(1) : null;
        if (candidate == null) {
            Matcher bare = BARE_ADDRESS.matcher(COMMENT.matcher(from).replaceAll(" "));
            candidate = bare.find() ? bare.group(1) : null;
        }
        return candidate != null && EmailAddress.isWellFormed(candidate) ? Optional.of(candidate.trim())
                : Optional.empty();
    }

    static String displayName(String from) {
        int angle = from.indexOf('<');
        String name;
        if (angle > 0) {
            name = from.substring(0, angle);
        } else {
            Matcher comment = COMMENT.matcher(from);
            name = comment.find() ? comment.group().substring(1, comment.group().length() - 1) : "";
        }
        name = name.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return name.isBlank() ? null : name.strip();
    }

    /** RFC 5322 date; comments such as {@code (BST)} and a missing day name are allowed. Null when unreadable. */
    static Instant date(String value) {
        if (value == null) {
            return null;
        }
        String clean = COMMENT.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
        clean = clean.replaceFirst(" (UT|Z)$", " GMT");
        try {
            return ZonedDateTime.parse(clean, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)")
                .matcher(header);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    }
}
