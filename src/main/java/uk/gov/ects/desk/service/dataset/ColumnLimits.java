package uk.gov.ects.desk.service.dataset;

import java.util.List;
import java.util.function.Function;

/**
 * Text longer than its column holds (db/service V1__schema.sql), found while validating so the
 * problem names the array, index, field and limit instead of the database refusing the row halfway
 * through the staged load. Fields with a format check of their own (URNs, TRNs, ids, codes) are
 * refused by that check before their length matters, so only free text is listed here.
 */
final class ColumnLimits {

    private ColumnLimits() {
    }

    private record Limit<T>(String field, Function<T, String> value, int max) {
    }

    private static <T> Limit<T> limit(String field, Function<T, String> value, int max) {
        return new Limit<>(field, value, max);
    }

    static void check(Dataset data, Problems problems) {
        each(problems, "agents", data.agents(), List.of(limit("name", Dataset.Agent::name, 200)));
        each(problems, "schools", data.schools(), List.of(
                limit("name", Dataset.School::name, 300),
                limit("ukprn", Dataset.School::ukprn, 16),
                limit("local_authority_code", Dataset.School::localAuthorityCode, 8),
                limit("local_authority_name", Dataset.School::localAuthorityName, 200),
                limit("phase", Dataset.School::phase, 100),
                limit("administrative_district_code", Dataset.School::administrativeDistrictCode, 16),
                limit("address_line1", Dataset.School::addressLine1, 300),
                limit("address_line2", Dataset.School::addressLine2, 300),
                limit("address_line3", Dataset.School::addressLine3, 300),
                limit("postcode", Dataset.School::postcode, 16),
                limit("gias_email", Dataset.School::giasEmail, 320)));
        each(problems, "lead_providers", data.leadProviders(), List.of(
                limit("name", Dataset.LeadProvider::name, 200)));
        each(problems, "delivery_partners", data.deliveryPartners(), List.of(
                limit("name", Dataset.DeliveryPartner::name, 200)));
        each(problems, "appropriate_bodies", data.appropriateBodies(), List.of(
                limit("name", Dataset.AppropriateBody::name, 200)));
        each(problems, "teacher_records", data.teacherRecords(), List.of(
                limit("name", Dataset.TeacherRecord::name, 200),
                limit("ni_number", Dataset.TeacherRecord::niNumber, 16),
                limit("state", Dataset.TeacherRecord::state, 32),
                limit("induction_status", Dataset.TeacherRecord::inductionStatus, 32)));
        each(problems, "induction_tutors", data.inductionTutors(), List.of(
                limit("full_name", Dataset.InductionTutor::fullName, 200),
                limit("email", Dataset.InductionTutor::email, 320)));
        each(problems, "participants", data.participants(), List.of(
                limit("full_name", Dataset.Participant::fullName, 200),
                limit("email", Dataset.Participant::email, 320)));
        each(problems, "tickets", data.tickets(), List.of(
                limit("from_email", Dataset.Ticket::fromEmail, 320),
                limit("subject", Dataset.Ticket::subject, 500),
                limit("assignee", Dataset.Ticket::assignee, 200)));
    }

    private static <T> void each(Problems problems, String array, List<T> rows, List<Limit<T>> limits) {
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (row == null) {
                continue; // the validator reports the empty entry
            }
            for (Limit<T> limit : limits) {
                String value = limit.value().apply(row);
                if (value != null && value.length() > limit.max()) {
                    problems.add(array + "[" + i + "]." + limit.field(), "is " + value.length()
                            + " characters; at most " + limit.max() + " fit, so shorten it");
                }
            }
        }
    }
}
