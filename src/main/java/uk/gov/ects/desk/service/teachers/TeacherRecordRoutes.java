package uk.gov.ects.desk.service.teachers;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.ects.desk.model.teachers.Check;
import uk.gov.ects.desk.model.teachers.MatchRequest;
import uk.gov.ects.desk.model.teachers.MatchResult;
import uk.gov.ects.desk.service.SupportService;
import uk.gov.ects.desk.service.auth.Access;
import uk.gov.ects.desk.service.http.ApiError;
import uk.gov.ects.desk.service.http.Params;
import uk.gov.ects.desk.service.http.Resource;
import uk.gov.ects.desk.service.http.Responses;

/**
 * {@code GET /teacher-records/check}: runs the matching and answers only the outcome and which
 * checks passed or failed, never the record's name or date of birth (someone may have typed a
 * random TRN).
 */
public final class TeacherRecordRoutes {

    public static final String CHECK_TYPE = "teacher_record_check";

    private final TeacherRecordRegistry registry;

    public TeacherRecordRoutes(TeacherRecordRegistry registry) {
        this.registry = registry;
    }

    public void register(RoutesConfig routes) {
        routes.get(SupportService.BASE_PATH + "/teacher-records/check", this::check, Access.AGENT);
    }

    private void check(Context ctx) {
        String trn = Params.text(ctx, "trn");
        String nino = Params.text(ctx, "nino");
        String name = Params.text(ctx, "name");
        LocalDate dateOfBirth = date(ctx, "date_of_birth");
        MatchResult result = registry.match(new MatchRequest(trn, dateOfBirth, nino, name, null));
        Responses.one(ctx, new Resource(trn == null ? "" : trn, CHECK_TYPE, 1, attributes(result)));
    }

    /** The outcome and check names only; {@code result.record()} is deliberately never read. */
    static Map<String, Object> attributes(MatchResult result) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("outcome", result.outcome().code());
        attributes.put("passed", codes(result.passed()));
        attributes.put("failed", codes(result.failed()));
        attributes.put("failed_checks", result.failed().stream().map(Check::description).toList());
        return attributes;
    }

    public static List<String> codes(Set<Check> checks) {
        return checks.stream().map(TeacherRecordRoutes::code).toList();
    }

    public static String code(Check check) {
        return switch (check) {
            case TRN -> "trn";
            case DATE_OF_BIRTH -> "date_of_birth";
            case NI_NUMBER -> "ni_number";
            case NAME -> "name";
        };
    }

    private static LocalDate date(Context ctx, String name) {
        String value = Params.text(ctx, name);
        if (value == null) {
            throw new ApiError(400, "invalid_parameter", "Date of birth needed",
                    name + " is needed to check a teacher record, written YYYY-MM-DD.", null, "/" + name);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "invalid_parameter", "Date not understood",
                    name + " must be a real date written YYYY-MM-DD, for example 1990-04-12.", null, "/" + name);
        }
    }
}
