package uk.gov.ects.desk.gui.help;

import java.util.List;
import uk.gov.ects.desk.gui.MainWindow;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheet.Field;
import uk.gov.ects.desk.gui.common.DetailSheet.Section;
import uk.gov.ects.desk.gui.common.Wording;

/** Help › About in words, laid out like a detail pane so every value can be selected and copied. */
public final class AboutSheet {

    static final String NOT_CONNECTED = "Not connected yet";
    static final String AGENT_UNKNOWN = "Not known yet: the service has not answered";
    static final String CACHE_NOT_OPEN = "Not open yet";

    private AboutSheet() {
    }

    public static DetailSheet of(AboutInfo info) {
        Section app = new Section("This app", List.of(
                new Field("Version", info.version()),
                new Field("Built", info.builtAt() == null ? "Not recorded (a development build)"
                        : Wording.dateTime(info.builtAt()))));
        Section connection = new Section("Connection", List.of(
                new Field("Support API", info.serviceUrl() == null ? NOT_CONNECTED : info.serviceUrl()),
                new Field("Signed in as", info.agentName() == null ? AGENT_UNKNOWN : info.agentName()),
                new Field("Role", info.agentRole() == null ? AGENT_UNKNOWN : Wording.humanise(info.agentRole()))));
        Section cache = new Section("Local cache", List.of(
                new Field("Location", info.cacheFile() == null ? CACHE_NOT_OPEN : info.cacheFile().toString()),
                new Field("Size", info.cacheFile() == null ? CACHE_NOT_OPEN : Wording.bytes(info.cacheBytes()))));
        return new DetailSheet(MainWindow.TITLE, List.of(app, connection, cache), List.of());
    }
}
