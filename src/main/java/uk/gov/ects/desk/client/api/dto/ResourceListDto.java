package uk.gov.ects.desk.client.api.dto;

import java.util.List;

/** {@code {"data": [...], "meta": {"next_cursor": ...}}}: one page of a list. */
public record ResourceListDto(List<ResourceDto> data, Meta meta) {
    /** {@code nextCursor} is null on the last page. */
    public record Meta(String nextCursor) {
    }
}
