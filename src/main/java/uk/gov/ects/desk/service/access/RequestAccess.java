package uk.gov.ects.desk.service.access;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import uk.gov.ects.desk.model.emails.EmailTemplates;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.model.schools.SchoolFacts;
import uk.gov.ects.desk.model.support.Operation;
import uk.gov.ects.desk.service.audit.FieldChange;
import uk.gov.ects.desk.service.emails.OutgoingEmail;
import uk.gov.ects.desk.service.emails.Recipients;
import uk.gov.ects.desk.service.emails.ServiceTemplates;
import uk.gov.ects.desk.service.schools.SchoolRecords;
import uk.gov.ects.desk.service.writes.Target;
import uk.gov.ects.desk.service.writes.WriteContext;
import uk.gov.ects.desk.service.writes.WriteOperation;
import uk.gov.ects.desk.service.writes.WriteRequest;
import uk.gov.ects.desk.service.writes.WriteResult;

/**
 * {@code POST /access-requests {urn}} (ACC-1, ACC-5..ACC-7) and {@code POST /access-requests/{urn}/resend}
 * (OVR-ACCESS): the access link goes to the school's GIAS email, any number of times, with or
 * without an induction tutor. Answers the school; {@code meta.emails} shows the address redacted (ACC-3).
 */
public final class RequestAccess implements WriteOperation<String> {

    private final boolean resend;

    private RequestAccess(boolean resend) {
        this.resend = resend;
    }

    public static RequestAccess request() {
        return new RequestAccess(false);
    }

    public static RequestAccess resend() {
        return new RequestAccess(true);
    }

    @Override
    public Operation operation() {
        return resend ? Operation.OVR_ACCESS : Operation.REQUEST_ACCESS;
    }

    @Override
    public String parse(WriteRequest request) {
        return resend ? request.path("urn") : request.body().requiredText("urn", 20).trim();
    }

    @Override
    public WriteResult apply(WriteContext ctx, String urn) throws SQLException {
        SchoolFacts facts = SchoolRecords.facts(ctx.tx(), urn).orElse(null);
        if (facts == null || !GiasRules.canUseService(facts)) {
            // ACC-1: an unknown or ineligible school gets no link, and the answer does not say which.
            throw Refusal.rule("school_not_found", "ACC-1", "No school to send the link to",
                    "There is no open school that can use the service with URN " + urn
                            + ". Check the URN on Get Information about Schools.", resend ? null : "/urn");
        }
        OutgoingEmail email = Recipients.giasEmail(ctx.tx(), urn, ServiceTemplates.ACCESS_LINK,
                Map.of("school_urn", urn, "guidance_url", EmailTemplates.GUIDANCE_URL))
                .orElseThrow(() -> Refusal.conflict("no_gias_email", "ACC-5", "The school has no email to send to",
                        "GIAS holds no email address this service may use for school " + urn + ". The school must "
                                + "update its email on Get Information about Schools (ACC-4).", null));
        ctx.email(email);
        ctx.audit(Target.school(urn), List.of(FieldChange.of("access_link_sent_to", null, email.recordedTo())));
        return WriteResult.ok(Target.school(urn));
    }
}
