package uk.gov.ects.desk.client.api.dto;

import java.time.Instant;

/**
 * A named person with an email: the school induction tutor. {@code privacyPolicyAcceptedAt} is when
 * they first signed in (LOG-3), null until then.
 */
public record PersonDto(String fullName, String email, Instant privacyPolicyAcceptedAt) {

    public PersonDto(String fullName, String email) {
        this(fullName, email, null);
    }
}
