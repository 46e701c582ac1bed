package uk.gov.ects.desk.service.signin;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.people.EmailAddress;
import uk.gov.ects.desk.service.auth.TokenHasher;
import uk.gov.ects.desk.service.sql.Rows;
import uk.gov.ects.desk.service.writes.Sql;

/**
 * Sign-in links for induction tutors (LOG-1): a random token, kept only as its SHA-256 hash, that
 * works once within {@link #LIFETIME} of the service clock, for the address it was sent to.
 */
final class SignInLinks {

    static final Duration LIFETIME = Duration.ofMinutes(60);
    /** The school-facing page that takes the token; the email carries it as {@code ?token=}. */
    static final String SIGN_IN_PAGE = "https://manage-training-for-early-career-teachers.education.gov.uk/sign-in/link";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private SignInLinks() {
    }

    /** An induction tutor of at least one school, as the sign-in pages know them. */
    record Tutor(String id, String fullName, String email, Instant privacyPolicyAcceptedAt, List<School> schools) {
    }

    record School(String urn, String name) {
    }

    /** A stored link, found by its token's hash. */
    record Link(String tutorId, String emailLower, Instant expiresAt, Instant usedAt) {
    }

    /** The answer both sign-in writes give: a resource that is not stored, in the usual envelope. */
    static Map<String, Object> answer(String id, String type, Map<String, Object> attributes,
            boolean preview) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("type", type);
        data.put("attributes", attributes);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("meta", Map.of("preview", preview));
        return body;
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String linkFor(String token) {
        return SIGN_IN_PAGE + "?token=" + token;
    }

    static void store(Connection tx, String token, Tutor tutor, Instant now) throws SQLException {
        Sql.update(tx, "INSERT INTO sign_in_links (token_hash, tutor_id, email_lower, created_at, expires_at, used_at) "
                + "VALUES (?, ?, ?, ?, ?, NULL)", TokenHasher.hash(token), tutor.id(), EmailAddress.normalise(tutor.email()),
                now, now.plus(LIFETIME));
    }

    static Optional<Link> find(Connection tx, String token) throws SQLException {
        return Sql.one(tx, "SELECT tutor_id, email_lower, expires_at, used_at FROM sign_in_links WHERE token_hash = ?",
                rs -> new Link(rs.getString("tutor_id"), rs.getString("email_lower"), Rows.instant(rs, "expires_at"),
                        Rows.instant(rs, "used_at")), TokenHasher.hash(token));
    }

    /** Marks the link used; false when another request used it first. */
    static boolean use(Connection tx, String token, Instant now) throws SQLException {
        return Sql.update(tx, "UPDATE sign_in_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now,
                TokenHasher.hash(token)) == 1;
    }

    /** The induction tutor with this address (any case), if they are the tutor of any school. */
    static Optional<Tutor> tutorByEmail(Connection tx, String email) throws SQLException {
        Optional<String> id = Sql.one(tx, "SELECT t.id FROM induction_tutors t WHERE LOWER(t.email) = ? "
                + "AND EXISTS (SELECT 1 FROM school_induction_tutors sit WHERE sit.tutor_id = t.id) ORDER BY t.id",
                rs -> rs.getString(1), EmailAddress.normalise(email));
        return id.isEmpty() ? Optional.empty() : tutorById(tx, id.get());
    }

    /** The tutor and the schools they are the tutor of (none: they are no longer anyone's tutor). */
    static Optional<Tutor> tutorById(Connection tx, String id) throws SQLException {
        List<School> schools = Sql.list(tx, "SELECT s.urn, s.name FROM school_induction_tutors sit "
                + "JOIN schools s ON s.urn = sit.school_urn WHERE sit.tutor_id = ? ORDER BY s.urn",
                rs -> new School(rs.getString("urn"), rs.getString("name")), id);
        return Sql.one(tx, "SELECT id, full_name, email, privacy_policy_accepted_at FROM induction_tutors WHERE id = ?",
                rs -> new Tutor(rs.getString("id"), rs.getString("full_name"), rs.getString("email"),
                        Rows.instant(rs, "privacy_policy_accepted_at"), schools), id);
    }

    static void acceptPrivacyPolicy(Connection tx, String tutorId, Instant now) throws SQLException {
        Sql.update(tx, "UPDATE induction_tutors SET privacy_policy_accepted_at = ? WHERE id = ?", now, tutorId);
    }
}
