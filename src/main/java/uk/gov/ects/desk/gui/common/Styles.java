package uk.gov.ects.desk.gui.common;

/** Style-class names used by the views; colours live in desk.css as looked-up variables. */
public final class Styles {

    public static final String STYLESHEET = "/uk/gov/ects/desk/gui/desk.css";

    public static final String ONLINE = "status-online";
    public static final String OFFLINE = "status-offline";
    public static final String CONNECTING = "status-connecting";
    public static final String OFFLINE_BANNER = "offline-banner";
    public static final String RESULT_COUNT = "result-count";
    public static final String SEARCH_BOX = "search-box";
    public static final String DETAIL_PANE = "detail-pane";
    public static final String DETAIL_TITLE = "detail-title";
    public static final String DETAIL_HEADING = "detail-heading";
    public static final String DETAIL_LABEL = "detail-label";
    public static final String DETAIL_VALUE = "detail-value";
    public static final String DETAIL_CARD = "detail-card";
    public static final String PLACEHOLDER = "placeholder-text";
    public static final String LOADING_ROW = "loading-row";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_BAR = "status-bar";
    /** Something needs the agent (the outbox has changes the service turned down). */
    public static final String ATTENTION = "status-attention";

    private Styles() {
    }
}
