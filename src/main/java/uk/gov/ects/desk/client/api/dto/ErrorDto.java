package uk.gov.ects.desk.client.api.dto;

/** One error of the error envelope: {@code code} is stable, {@code rule} names the rule broken. */
public record ErrorDto(String status, String code, String title, String detail, String rule, Source source) {
    public record Source(String pointer) {
    }
}
