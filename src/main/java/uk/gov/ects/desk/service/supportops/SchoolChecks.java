package uk.gov.ects.desk.service.supportops;

import java.sql.Connection;
import java.sql.SQLException;
import uk.gov.ects.desk.model.rules.Refusal;
import uk.gov.ects.desk.model.rules.RuleViolation;
import uk.gov.ects.desk.service.writes.Sql;

/** A school named in a body (not the path) that does not exist is a 422 on that field, not a 404. */
final class SchoolChecks {

    private SchoolChecks() {
    }

    static void requireSchool(Connection tx, String urn, String operationId) throws SQLException {
        if (!Sql.exists(tx, "SELECT 1 FROM schools WHERE urn = ?", urn)) {
            throw notFound(urn, operationId);
        }
    }

    static RuleViolation notFound(String urn, String operationId) {
        return Refusal.rule("school_not_found", operationId, "No such school",
                "There is no school with URN " + urn + ". Check the URN in GIAS and send it again.", "/school_urn");
    }
}
