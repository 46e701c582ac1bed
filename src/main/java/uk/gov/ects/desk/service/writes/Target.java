package uk.gov.ects.desk.service.writes;

/** A resource by API type and id: {@code school/100001}, {@code partnership/p-1}. */
public record Target(String type, String id) {

    public static Target school(String urn) {
        return new Target("school", urn);
    }

    public static Target partnership(String id) {
        return new Target("partnership", id);
    }

    public static Target participant(String id) {
        return new Target("participant", id);
    }
}
