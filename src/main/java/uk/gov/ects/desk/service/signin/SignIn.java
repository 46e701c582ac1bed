package uk.gov.ects.desk.service.signin;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.Actor;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /sign-in {token, accept_privacy_policy?}} from the school's sign-in page (intake only).
 * A link works once, before it expires, and only while its tutor still has the address it was sent
 * to (LOG-1). A tutor who never accepted the privacy policy must accept it to sign in (LOG-3); being
 * refused for that leaves the link unused, so they tick the box and send it again.
 */
public final class SignIn implements WriteOperation<SignIn.Request> {

    public record Request(String token, boolean acceptPrivacyPolicy) {
    }

    @Override
    public Operation operation() {
        return Operation.SIGN_IN;
    }

    @Override
    public Request parse(WriteRequest request) {
        return new Request(request.body().requiredText("token", 200).trim(),
                request.body().bool("accept_privacy_policy", false));
    }

    @Override
    public WriteResult apply(WriteContext ctx, Request request) throws SQLException {
        SignInLinks.Link link = SignInLinks.find(ctx.tx(), request.token()).orElseThrow(() -> new RuleViolation(404,
                "sign_in_link_unknown", "LOG-1", "This sign-in link is not recognised",
                "Copy the whole link from the email, or ask for a new sign-in link with your email address.", "/token"));
        if (link.usedAt() != null) {
            throw gone("sign_in_link_used", "This sign-in link has already been used",
                    "Each sign-in link works once. Ask for a new sign-in link with your email address.");
        }
        if (!ctx.now().isBefore(link.expiresAt())) {
            throw gone("sign_in_link_expired", "This sign-in link has expired",
                    "Sign-in links work for " + SignInLinks.LIFETIME.toMinutes()
                            + " minutes. Ask for a new sign-in link with your email address.");
        }
        SignInLinks.Tutor tutor = SignInLinks.tutorById(ctx.tx(), link.tutorId())
                .filter(found -> !found.schools().isEmpty())
                .filter(found -> link.emailLower().equals(uk.gov.ects.desk.model.people.EmailAddress.normalise(found.email())))
                .orElseThrow(() -> gone("sign_in_link_revoked", "This sign-in link no longer works",
                        "The school's induction tutor details changed after the link was sent. If you are the "
                                + "induction tutor, ask for a new sign-in link with the email address the school gave."));
        Instant acceptedAt = tutor.privacyPolicyAcceptedAt();
        if (acceptedAt == null) {
            if (!request.acceptPrivacyPolicy()) {
                throw Refusal.rule("privacy_policy_not_accepted", "LOG-3", "Accept the privacy policy to sign in",
                        "This is your first sign-in: read the privacy policy and accept it (accept_privacy_policy: "
                                + "true). Your sign-in link still works.", "/accept_privacy_policy");
            }
            acceptedAt = ctx.now();
            SignInLinks.acceptPrivacyPolicy(ctx.tx(), tutor.id(), acceptedAt);
            for (SignInLinks.School school : tutor.schools()) {
                // Support sees on the school that its tutor accepted the policy, so has signed in.
                ctx.changed(Target.school(school.urn()));
                ctx.audit(new Actor(tutor.fullName(), Actor.Kind.SCHOOL), "LOG-3", Target.school(school.urn()),
                        List.of(FieldChange.of("privacy_policy_accepted_at", null, acceptedAt.toString())));
            }
        }
        if (!SignInLinks.use(ctx.tx(), request.token(), ctx.now())) {
            throw gone("sign_in_link_used", "This sign-in link has already been used",
                    "Each sign-in link works once. Ask for a new sign-in link with your email address.");
        }
        return WriteResult.answer(200, signedIn(tutor, acceptedAt, ctx.preview()));
    }

    private static RuleViolation gone(String code, String title, String detail) {
        return new RuleViolation(410, code, "LOG-1", title, detail, "/token");
    }

    private static Map<String, Object> signedIn(SignInLinks.Tutor tutor, Instant acceptedAt, boolean preview) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("full_name", tutor.fullName());
        attributes.put("email", tutor.email());
        attributes.put("schools", tutor.schools().stream()
                .map(school -> Map.of("urn", school.urn(), "name", school.name())).toList());
        attributes.put("privacy_policy_accepted_at", acceptedAt.toString());
        return SignInLinks.answer(tutor.id(), "induction_tutor_sign_in", attributes, preview);
    }
}
