package uk.gov.ects.desk.service.signin;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.people.PersonDetails;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.model.support.Role;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.emails.ServiceTemplates;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /sign-in-links {email}}: from the school's sign-in page (intake, LOG-1) or from support
 * on a tutor's behalf (agent or lead, OVR-SIGN-IN-LINK, with a reason). An induction tutor's address
 * gets a single-use link valid for 60 minutes (LOG-1); any other address gets an email saying what
 * to do instead (LOG-2). The sign-in page's answer is the same 202 either way, so it tells nobody
 * whether an address is registered; an agent sending to a tutor gets the tutor's schools with the audit
 * event, as after any support write. The link itself goes only to the mailer, never into the email log.
 */
public final class SendSignInLink implements WriteOperation<String> {

    static final String ANSWER = "If this address belongs to an induction tutor, a sign-in link is on its way. "
            + "The link works once, for " + SignInLinks.LIFETIME.toMinutes() + " minutes. If no email arrives, "
            + "check the address and your junk folder, then ask again.";
    static final String NEXT_STEPS = "This address is not registered as an induction tutor. Ask your school's "
            + "induction tutor to sign in, or ask your school to nominate you as its induction tutor. If your school "
            + "has no induction tutor yet, it can ask for an access link, which is sent to the school's email address "
            + "on Get Information about Schools, and nominate one.";

    @Override
    public Operation operation() {
        return Operation.SEND_SIGN_IN_LINK;
    }

    @Override
    public String parse(WriteRequest request) {
        String email = request.body().requiredText("email", 320).trim();
        PersonDetails.requireEmail(email, "LOG-1");
        return email;
    }

    @Override
    public Operation resolve(String email, Role role) {
        return role == Role.INTAKE ? Operation.SEND_SIGN_IN_LINK : Operation.OVR_SIGN_IN_LINK;
    }

    @Override
    public WriteResult apply(WriteContext ctx, String email) throws SQLException {
        Optional<SignInLinks.Tutor> tutor = SignInLinks.tutorByEmail(ctx.tx(), email);
        if (tutor.isPresent()) {
            List<Target> schools = sendLink(ctx, tutor.get());
            if (Operation.OVR_SIGN_IN_LINK.id().equals(ctx.operationId())) {
                // An agent already sees who the tutors are; they get the schools, the audit event (a
                // ticket's resolution points at it) and the email, like any support write.
                return new WriteResult(202, schools);
            }
        } else {
            ctx.email(new OutgoingEmail(email, email, ServiceTemplates.SIGN_IN_NOT_REGISTERED,
                    ServiceTemplates.subject(ServiceTemplates.SIGN_IN_NOT_REGISTERED), null, null,
                    Map.of("next_steps", NEXT_STEPS, "guidance_url", EmailTemplates.GUIDANCE_URL)));
        }
        return WriteResult.answer(202, answer(ctx.preview()));
    }

    private static List<Target> sendLink(WriteContext ctx, SignInLinks.Tutor tutor) throws SQLException {
        String token = SignInLinks.newToken();
        SignInLinks.store(ctx.tx(), token, tutor, ctx.now());
        Instant expiresAt = ctx.now().plus(SignInLinks.LIFETIME);
        List<String> urns = tutor.schools().stream().map(SignInLinks.School::urn).toList();
        // The log shows when the link was sent and until when it works; the link itself only goes to the mailer.
        ctx.email(new OutgoingEmail(tutor.email(), tutor.email(), ServiceTemplates.SIGN_IN_LINK,
                ServiceTemplates.subject(ServiceTemplates.SIGN_IN_LINK), urns.get(0), null,
                Map.of("expires_at", expiresAt.toString(), "schools", String.join(", ", urns)),
                SignInLinks.linkFor(token)));
        List<Target> schools = new java.util.ArrayList<>();
        for (String urn : urns) {
            ctx.audit(Target.school(urn), List.of(FieldChange.of("sign_in_link_sent_to", null, tutor.email()),
                    FieldChange.of("sign_in_link_expires_at", null, expiresAt.toString())));
            schools.add(Target.school(urn));
        }
        return schools;
    }

    /**
     * Identical for every address, byte for byte (LOG-2): not even the address is echoed, so nothing in
     * it can depend on whether the address is registered. It is not a stored resource, so it has no id.
     */
    private static Map<String, Object> answer(boolean preview) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("message", ANSWER);
        attributes.put("valid_for_minutes", SignInLinks.LIFETIME.toMinutes());
        return SignInLinks.answer(null, "sign_in_link_request", attributes, preview);
    }
}
