package uk.gov.ects.desk.gui.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import uk.gov.ects.desk.client.api.dto.TicketDto;

/**
 * The reply the resolve dialog starts from, per category, from {@code ticket-replies.properties}
 * (key = category code, {@code default} for the rest). {@code {subject}} and {@code {from}} are
 * filled in; the agent edits the text before it is sent.
 */
public final class ReplyTemplates {

    public static final String RESOURCE = "ticket-replies.properties";

    private final Properties templates;

    public ReplyTemplates(Properties templates) {
        this.templates = templates;
    }

    public static ReplyTemplates bundled() {
        Properties properties = new Properties();
        try (InputStream in = ReplyTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReplyTemplates(properties);
    }

    public String replyFor(TicketDto ticket) {
        String category = ticket.category() == null ? "default" : ticket.category();
        String template = templates.getProperty(category, templates.getProperty("default", ""));
        return template.replace("{subject}", orEmpty(ticket.subject())).replace("{from}", orEmpty(ticket.fromEmail()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
