package uk.gov.ects.desk.gui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every window action with its label and shortcut, so menus and keys agree. */
public enum DeskAction {
    CONNECT("Connect to a service…", null),
    USE_SANDBOX("Use the training sandbox", null),
    SYNC_NOW("Sync now", new KeyCodeCombination(KeyCode.F5)),
    QUIT("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)),
    FIND("Find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    FIND_ACTION("Find an action…", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN)),
    ABOUT("About", null);

    private final String label;
    private final KeyCombination keys;

    DeskAction(String label, KeyCombination keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    /** The shortcut, or null when the action has none. */
    public KeyCombination keys() {
        return keys;
    }
}
