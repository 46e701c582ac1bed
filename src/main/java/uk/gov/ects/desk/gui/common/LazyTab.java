package uk.gov.ects.desk.gui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is selected, however it is selected (a click, a
 * keyboard shortcut, code), or when {@link #build()} asks for it. Until then the tab has its title
 * and id but no content: the first window shows sooner because JavaFX styles and lays out every
 * tab's content, shown or not.
 */
public final class LazyTab {

    private final Tab tab;
    private Supplier<? extends Node> content;
    private final ChangeListener<Boolean> onFirstSelection = (obs, was, selected) -> {
        if (selected) {
            build();
        }
    };

    public LazyTab(String title, String id, Supplier<? extends Node> content) {
        this.tab = new Tab(title);
        this.tab.setId(id);
        this.content = content;
        tab.selectedProperty().addListener(onFirstSelection);
    }

    public Tab tab() {
        return tab;
    }

    /** Builds the content now if it is not built yet; selecting the tab calls this. */
    public void build() {
        if (content == null) {
            return;
        }
        Supplier<? extends Node> pending = content;
        content = null;
        tab.selectedProperty().removeListener(onFirstSelection);
        tab.setContent(pending.get());
    }

    public boolean isBuilt() {
        return content == null;
    }
}
