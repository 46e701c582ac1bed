package uk.gov.ects.desk.client.api.dto;

import java.util.List;

/** What a ticket is about: school URNs and participant ids. */
public record TicketLinksDto(List<String> schools, List<String> participants) {

    public static final TicketLinksDto NONE = new TicketLinksDto(List.of(), List.of());

    public TicketLinksDto {
        schools = schools == null ? List.of() : List.copyOf(schools);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
