package uk.gov.ects.desk.service.tickets;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of an HTML email part: tags dropped, block ends as line breaks, entities decoded. */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "pound", "£", "hellip", "…", "rsquo", "’", "lsquo", "‘");

    private HtmlText() {
    }

    static String strip(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = text.replaceAll("\\s*\\r?\\n\\s*", " "); // HTML line breaks in source are spaces
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        return text.replaceAll("[ \\t\\x{00A0}]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(entity(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String asWritten) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            return asWritten;
        }
        return NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), asWritten);
    }
}
