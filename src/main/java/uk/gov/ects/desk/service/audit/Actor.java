package uk.gov.ects.desk.service.audit;

/** Who made a change: an agent under their own name, a school, or the service itself (X-AUDIT). */
public record Actor(String name, Kind kind) {

    public enum Kind {
        AGENT, SCHOOL, SYSTEM;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Actor agent(String name) {
        return new Actor(name, Kind.AGENT);
    }

    public static Actor system() {
        return new Actor("Manage ECTs service", Kind.SYSTEM);
    }
}
