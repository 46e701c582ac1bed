package uk.gov.ects.desk.service.teachers;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.gov.ects.desk.model.teachers.TeacherRecord;
import uk.gov.ects.desk.service.store.Database;

/** Teacher records from the service's own {@code teacher_records} table (the embedded default and the tests). */
public final class LocalTeacherRecordRegistry implements TeacherRecordRegistry {

    private static final String COLUMNS = "trn, name, date_of_birth, ni_number, state, active_alert, qts_date, "
            + "induction_start_date, induction_completion_date, induction_status";

    private final Database database;

    public LocalTeacherRecordRegistry(Database database) {
        this.database = database;
    }

    @Override
    public Optional<TeacherRecord> find(String trn, LocalDate dateOfBirth, String nino) {
        return database.read(c -> find(c, trn, dateOfBirth, nino));
    }

    static Optional<TeacherRecord> find(Connection c, String trn, LocalDate dateOfBirth, String nino)
            throws SQLException {
        if (NINO_LOOKUP_TRN.equals(trn)) {
            if (nino == null || nino.isBlank() || dateOfBirth == null) {
                return Optional.empty();
            }
            // NI numbers are compared without spaces and case, as the matcher does.
            return one(c, "SELECT " + COLUMNS + " FROM teacher_records WHERE UPPER(REPLACE(ni_number, ' ', '')) = ? "
                    + "AND date_of_birth = ? ORDER BY trn", nino.replace(" ", "").toUpperCase(Locale.ROOT),
                    Date.valueOf(dateOfBirth));
        }
        return one(c, "SELECT " + COLUMNS + " FROM teacher_records WHERE trn = ?", trn);
    }

    private static Optional<TeacherRecord> one(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TeacherRecord(rs.getString("trn"), rs.getString("name"),
                        date(rs, "date_of_birth"), rs.getString("ni_number"), rs.getString("state"),
                        rs.getBoolean("active_alert"), date(rs, "qts_date"), date(rs, "induction_start_date"),
                        date(rs, "induction_completion_date"), rs.getString("induction_status")));
            }
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
