package uk.gov.ects.desk.service.dataset;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a dataset as JSON, streaming, one array element per line: readable, easy to diff, and the
 * same dataset always gives the same bytes.
 */
public final class DatasetWriter {

    private final Gson gson = DatasetJson.writer();

    public void write(Dataset dataset, Writer out) throws IOException {
        out.write("{\n");
        out.write("\"clock\": " + gson.toJson(dataset.clock()));
        section(out, "agents", dataset.agents());
        section(out, "cohorts", dataset.cohorts());
        section(out, "schools", dataset.schools());
        section(out, "lead_providers", dataset.leadProviders());
        section(out, "delivery_partners", dataset.deliveryPartners());
        section(out, "provider_pairings", dataset.providerPairings());
        section(out, "appropriate_bodies", dataset.appropriateBodies());
        section(out, "teacher_records", dataset.teacherRecords());
        section(out, "previous_participation_trns", dataset.previousParticipationTrns());
        section(out, "induction_tutors", dataset.inductionTutors());
        section(out, "school_cohorts", dataset.schoolCohorts());
        section(out, "partnerships", dataset.partnerships());
        section(out, "participants", dataset.participants());
        section(out, "tickets", dataset.tickets());
        out.write("\n}\n");
        out.flush();
    }

    private void section(Writer out, String key, List<?> items) throws IOException {
        out.write(",\n\"" + key + "\": ");
        if (items == null) {
            out.write("null");
            return;
        }
        out.write("[");
        for (int i = 0; i < items.size(); i++) {
            out.write(i == 0 ? "\n  " : ",\n  ");
            gson.toJson(items.get(i), out);
        }
        out.write(items.isEmpty() ? "]" : "\n]");
    }
}
