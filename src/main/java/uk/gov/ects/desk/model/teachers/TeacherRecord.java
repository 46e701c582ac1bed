package uk.gov.ects.desk.model.teachers;

import java.time.LocalDate;

/** A teacher's record as the TRA holds it (teacher-records.md). */
public record TeacherRecord(String trn, String name, LocalDate dateOfBirth, String niNumber, String state,
        boolean activeAlert, LocalDate qtsDate, LocalDate inductionStartDate, LocalDate inductionCompletionDate,
        String inductionStatus) {

    public boolean isActive() {
        return "Active".equalsIgnoreCase(state);
    }
}
