package uk.gov.ects.desk.service.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmlParserTest {

    private static MailMessage parse(String message) throws EmlParser.BadMessage {
        return new EmlParser().parse(message.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    @DisplayName("From: display names quoted, encoded or in a comment; the address wherever it is")
    void from() throws EmlParser.BadMessage {
        MailMessage quoted = parse("From: \"=?UTF-8?Q?Si=C3=A2n_=C3=96zt=C3=BCrk?=\" <sian@birch.sch.uk>\n\nHi\n");
        assertEquals("Siân Öztürk", quoted.fromName());
        assertEquals("sian@birch.sch.uk", quoted.fromEmail());
        MailMessage comment = parse("From: zoe@elm.sch.uk (Zoe Brown)\n\nHi\n");
        assertEquals("zoe@elm.sch.uk", comment.fromEmail());
        assertEquals("Zoe Brown", comment.fromName());
        assertNull(parse("From: pat@oak.sch.uk\n\nHi\n").fromName());
    }

    @Test
    @DisplayName("Headers: folded lines, encoded words with and without space between, unreadable dates")
    void headers() throws EmlParser.BadMessage {
        MailMessage message = parse("From: a@b.org\nSubject: =?ISO-8859-1?Q?Caf=E9?=\n =?UTF-8?B?IOKAlCBvcGVu?= now\n"
                + "Date: Thu, 1 Oct 2026 08:15:00 +0100 (BST)\nMessage-ID:\n <x-1@b.org>\n\nHi\n");
        assertEquals("Café — open now", message.subject());
        assertEquals(Instant.parse("2026-10-01T07:15:00Z"), message.sentAt());
        assertEquals("<x-1@b.org>", message.messageId());
        assertNull(parse("From: a@b.org\nDate: yesterday\n\nHi\n").sentAt());
    }

    @Test
    @DisplayName("Quoted-printable: soft line breaks join, =XX is a byte, a stray = stays as written")
    void quotedPrintable() throws EmlParser.BadMessage {
        MailMessage message = parse("From: a@b.org\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n2 + 2 =3D 4, Zo=C3=AB =\nwrote; 50% = half=ZZ\n");
        assertEquals("2 + 2 = 4, Zoë wrote; 50% = half=ZZ", message.body());
    }

    @Test
    @DisplayName("A file without a From address, or a multipart without its boundary, is refused with a reason")
    void broken() {
        assertThrows(EmlParser.BadMessage.class, () -> parse("Just text\n"));
        assertThrows(EmlParser.BadMessage.class, () -> parse("From: nobody\n\nHi\n"));
        assertThrows(EmlParser.BadMessage.class, () -> parse("From: a@b.org\nContent-Type: multipart/mixed\n\nHi\n"));
    }
}
