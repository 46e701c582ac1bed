package uk.gov.ects.desk.service.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.ects.desk.service.clock.ServiceClock;
import uk.gov.ects.desk.service.store.Database;
import uk.gov.ects.desk.service.tickets.EmlImporter;

/**
 * {@code import-eml --db PATH|jdbc-url --dir FOLDER}: makes a ticket of every {@code .eml} file in
 * the folder that is not in the store yet. A PostgreSQL URL takes its user and password from
 * {@code ECTS_DB_USER} / {@code ECTS_DB_PASSWORD}. Exit code 0 when every file was imported or
 * already there, 1 when some files could not be read (the others are imported), 2 for a usage mistake.
 */
public final class ImportCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);
    private static final String USAGE = "Usage: import-eml --db PATH|jdbc-url --dir FOLDER";

    public record Options(String db, Path dir) {
    }

    public static void main(String[] args) {
        System.exit(new ImportCommand().run(args));
    }

    public int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (ServeCommand.UsageException e) {
            LOG.error("{}", e.getMessage());
            LOG.error(USAGE);
            return 2;
        }
        try (Database database = open(options.db())) {
            EmlImporter.Report report = new EmlImporter(database, new ServiceClock(database)).importFolder(options.dir());
            report.failed().forEach((file, why) -> LOG.error("Not imported: {} ({})", file, why));
            LOG.info("{} new tickets, {} already imported, {} files not imported", report.imported().size(),
                    report.alreadyImported().size(), report.failed().size());
            return report.failed().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            LOG.error("{}. Check the --dir folder and try again.", e.getMessage());
            return 2;
        }
    }

    public static Options parse(String[] args) {
        List<String> list = new ArrayList<>(List.of(args));
        if (!list.isEmpty() && "import-eml".equals(list.get(0))) {
            list.remove(0);
        }
        String db = null;
        Path dir = null;
        for (int i = 0; i < list.size(); i++) {
            String option = list.get(i);
            if (i + 1 >= list.size()) {
                throw new ServeCommand.UsageException("The option " + option + " needs a value.");
            }
            String value = list.get(++i);
            switch (option) {
                case "--db" -> db = value;
                case "--dir" -> dir = Path.of(value);
                default -> throw new ServeCommand.UsageException("Unknown option " + option + ".");
            }
        }
        if (db == null || dir == null) {
            throw new ServeCommand.UsageException("Give both --db and --dir.");
        }
        return new Options(db, dir);
    }

    private static Database open(String db) {
        if (db.startsWith("jdbc:")) {
            return Database.open(db, System.getenv("ECTS_DB_USER"), System.getenv("ECTS_DB_PASSWORD"));
        }
        return Database.h2File(Path.of(db));
    }
}
