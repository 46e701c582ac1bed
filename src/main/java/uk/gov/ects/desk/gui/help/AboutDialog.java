package uk.gov.ects.desk.gui.help;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Help › About: the app's name and version. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle("About");
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}
