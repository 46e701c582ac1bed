package uk.gov.ects.desk.model.appropriatebodies;

import java.util.List;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.schools.GiasRules;

/**
 * Which appropriate bodies a school may appoint for a cohort: AB-1..AB-5, CECT-5, OVR-AB.
 *
 * Local authority bodies are not named by AB-3..AB-5; the project offers them to every school while
 * they are enabled for the cohort (the live service did until it disabled them from 2024), so older
 * cohorts' records stay valid and {@code disabled_from_year} is what retires them.
 */
public final class AppropriateBodyRules {

    private AppropriateBodyRules() {
    }

    public static boolean mayAppoint(AppropriateBody body, int cohortYear, int establishmentTypeCode) {
        if (!body.enabledFor(cohortYear)) {
            return false;
        }
        return switch (body.type()) {
            case TEACHING_SCHOOL_HUB, LOCAL_AUTHORITY -> true;
            case NATIONAL -> body.isIstip() && GiasRules.isIndependent(establishmentTypeCode)
                    || body.isEsp() && GiasRules.isBritishSchoolOverseas(establishmentTypeCode);
        };
    }

    /** The list GET /reference/appropriate-bodies?cohort=&school= answers. */
    public static List<AppropriateBody> offeredTo(List<AppropriateBody> all, int cohortYear, int establishmentTypeCode) {
        return all.stream().filter(body -> mayAppoint(body, cohortYear, establishmentTypeCode)).toList();
    }

    /**
     * Refuses a body the school may not appoint for the cohort. {@code body} null means "not
     * appointed yet", which is always allowed (AB-1). {@code asking} is the rule of the step asking
     * (AB-3 for a cohort default, CECT-5 for one ECT, ECT-6 on registration).
     */
    public static void requireAppointable(AppropriateBody body, int cohortYear, int establishmentTypeCode,
            String asking) {
        if (body == null) {
            return;
        }
        if (!body.enabledFor(cohortYear)) {
            throw Refusal.rule("appropriate_body_not_available", "AB-2", "Appropriate body no longer offered",
                    body.name() + " cannot be appointed for " + cohortYear + " or later. Ask the school which "
                            + "appropriate body it has appointed now, or leave it as not appointed yet.",
                    "/appropriate_body_id");
        }
        if (!mayAppoint(body, cohortYear, establishmentTypeCode)) {
            String rule = body.isEsp() ? "AB-5" : body.isIstip() ? "AB-4" : asking;
            String who = body.isEsp() ? "British schools overseas" : body.isIstip() ? "independent schools"
                    : "other schools";
            throw Refusal.rule("appropriate_body_not_allowed", rule, "This school cannot appoint that body",
                    body.name() + " can only be appointed by " + who + ". Choose a teaching school hub, "
                            + "or leave it as not appointed yet.", "/appropriate_body_id");
        }
    }

    /**
     * OVR-AB: the new default, and which ECTs follow it. When the agent asks to apply it to current
     * ECTs, those who had the old default move; ECTs with a body of their own keep it (CECT-5).
     */
    public static CohortBodyChange changeCohortDefault(String oldDefaultId, AppropriateBody newBody, int cohortYear,
            int establishmentTypeCode, boolean applyToCurrentEcts) {
        requireAppointable(newBody, cohortYear, establishmentTypeCode, "AB-3");
        String newId = newBody == null ? null : newBody.id();
        if (java.util.Objects.equals(oldDefaultId, newId)) {
            throw Refusal.rule("appropriate_body_unchanged", "OVR-AB", "That is already the cohort's body",
                    "The cohort already has this appropriate body as its default. Pick a different body.",
                    "/appropriate_body_id");
        }
        return new CohortBodyChange(newId, applyToCurrentEcts, oldDefaultId);
    }

    /**
     * @param moveEctsWithOldDefault current ECTs whose body is {@code oldDefaultId} move to the new one
     */
    public record CohortBodyChange(String newDefaultId, boolean moveEctsWithOldDefault, String oldDefaultId) {
    }
}
