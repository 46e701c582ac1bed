package uk.gov.ects.desk.client.api.dto;

import java.util.List;

public record ChangePageDto(List<ChangeDto> data, Meta meta) {
    public record Meta(long lastSeq, boolean hasMore) {
    }
}
