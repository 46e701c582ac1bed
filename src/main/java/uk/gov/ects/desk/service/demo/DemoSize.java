package uk.gov.ects.desk.service.demo;

/** How big a demo dataset is; the shape is the same at every size. */
public enum DemoSize {
    SMALL(60, 400, 100, 16, 10, 12, 20),
    LARGE(25_000, 400_000, 30_000, 120, 60, 200, 300);

    final int schools;
    final int participants;
    final int partnerships;
    final int deliveryPartners;
    final int teachingSchoolHubs;
    final int spareTeacherRecords;
    final int tickets;

    DemoSize(int schools, int participants, int partnerships, int deliveryPartners, int teachingSchoolHubs,
            int spareTeacherRecords, int tickets) {
        this.schools = schools;
        this.participants = participants;
        this.partnerships = partnerships;
        this.deliveryPartners = deliveryPartners;
        this.teachingSchoolHubs = teachingSchoolHubs;
        this.spareTeacherRecords = spareTeacherRecords;
        this.tickets = tickets;
    }
}
