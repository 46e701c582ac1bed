package uk.gov.ects.desk.gui.help;

import java.util.Objects;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import uk.gov.ects.desk.gui.common.DetailSheet;
import uk.gov.ects.desk.gui.common.DetailSheetView;

/** Help › About: version and build, service and agent, cache location and size. */
public final class AboutDialog {

    public static final String TITLE = "About";
    private static final String ICON = "/uk/gov/ects/desk/gui/icons/ect-support-desk-64.png";

    private AboutDialog() {
    }

    /** Opens the dialog and returns at once; OK or Escape closes it. */
    public static Dialog<ButtonType> show(Window owner, DetailSheet about) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(TITLE);
        DetailSheetView sheet = new DetailSheetView(new SimpleObjectProperty<>(about), new SimpleStringProperty(""));
        sheet.root().setId("about-sheet");
        dialog.getDialogPane().setContent(sheet.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.getDialogPane().setPrefWidth(840);
        dialog.getDialogPane().setId("about-dialog");
        if (AboutDialog.class.getResource(ICON) != null) {
            dialog.setGraphic(new ImageView(new Image(Objects.requireNonNull(AboutDialog.class.getResourceAsStream(ICON)))));
        }
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.show();
        return dialog;
    }
}
