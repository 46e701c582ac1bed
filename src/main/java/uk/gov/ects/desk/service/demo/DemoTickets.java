package uk.gov.ects.desk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import uk.gov.ects.desk.service.dataset.Dataset;

/** Support messages as schools write them, each about real rows of the demo (names, TRNs, URNs). */
final class DemoTickets {

    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DemoGenerator demo;
    private final DemoPeople people;
    private final DemoRandom random;
    private final Map<String, Dataset.School> schoolByUrn = new HashMap<>();
    private final Map<String, String> leadProviderNames = new HashMap<>();
    private final Map<String, String> bodyNames = new HashMap<>();
    private final List<Dataset.Participant> ects;
    private final List<Dataset.Participant> mentors;

    /** {@code participantId}: the teacher the message is about, if it is about one. */
    private record Message(String schoolUrn, String subject, String body, String participantId) {

        Message(String schoolUrn, String subject, String body) {
            this(schoolUrn, subject, body, null);
        }
    }

    /** One kind of message and the category an agent files it under. */
    private record Kind(Supplier<Message> write, String category) {
    }

    DemoTickets(DemoGenerator demo, DemoPeople people, DemoRandom random) {
        this.demo = demo;
        this.people = people;
        this.random = random;
        demo.schools.forEach(s -> schoolByUrn.put(s.urn(), s));
        demo.leadProviders.forEach(lp -> leadProviderNames.put(lp.id(), lp.name()));
        demo.bodies.forEach(ab -> bodyNames.put(ab.id(), ab.name()));
        ects = people.participants.stream().filter(p -> p.type().equals("ect")).toList();
        mentors = people.participants.stream().filter(p -> p.type().equals("mentor")).toList();
    }

    List<Dataset.Ticket> make(int count) {
        List<Kind> kinds = List.of(
                new Kind(this::wrongTrn, "trn_dob_correction"), new Kind(this::wrongDateOfBirth, "trn_dob_correction"),
                new Kind(this::changeProgramme, "programme_change"), new Kind(this::mentorAtTwoSchools, "multi_school_mentor"),
                new Kind(this::partnershipChange, "partnership_change"), new Kind(this::tutorLeft, "induction_tutor"),
                new Kind(this::duplicate, "duplicate"), new Kind(this::transferIn, "transfer"),
                new Kind(this::nameChange, "participant_details"), new Kind(this::completedInduction, "other"),
                new Kind(this::accessLink, "induction_tutor"), new Kind(this::appropriateBody, "other"),
                new Kind(this::registeredInError, "other"), new Kind(this::leavingDate, "other"),
                new Kind(this::wrongCohort, "other"), new Kind(this::inductionStart, "other"),
                new Kind(this::fundingQuery, "other"), new Kind(this::providerCannotSee, "partnership_change"),
                new Kind(this::mentorLeft, "multi_school_mentor"), new Kind(this::overseasSchool, "other"));
        List<Dataset.Ticket> arrived = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = kinds.get(i % kinds.size());
            Message message = kind.write().get();
            Instant received = random.workingTimeBetween(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
            arrived.add(new Dataset.Ticket(String.format("t-%04d", i + 1), received, fromEmail(message.schoolUrn()),
                    message.subject(), message.body(), message.schoolUrn()));
            messages.add(message);
            categories.add(kind.category());
        }
        return new DemoTicketWork(random).workOn(arrived, messages.stream().map(Message::participantId).toList(),
                categories);
    }

    // ---- the messages --------------------------------------------------------------------------

    private Message wrongTrn() {
        Dataset.Participant ect = random.pick(ects);
        String typed = ect.trn().substring(0, 5) + ect.trn().charAt(6) + ect.trn().charAt(5);
        return about(ect, "Wrong TRN for " + ect.fullName(),
                "Hello,\n\nWhen we registered " + ect.fullName() + " as an ECT I think the TRN was typed with two digits "
                        + "swapped. Their certificate says " + ect.trn() + " but the paperwork we sent the provider shows "
                        + typed + ". Could you check and correct it please?\n\nMany thanks,\n" + signature(ect.schoolUrn()));
    }

    private Message wrongDateOfBirth() {
        Dataset.Participant ect = random.pick(ects);
        return about(ect, "Date of birth entered incorrectly",
                "Hi,\n\nWe entered the wrong date of birth for " + ect.fullName() + " (TRN " + ect.trn() + "). We put the "
                        + "day and month the wrong way round. The service won't let us change it. Can you help?\n\n"
                        + signature(ect.schoolUrn()));
    }

    private Message changeProgramme() {
        Dataset.SchoolCohort sc = pickCohortWith(DemoGenerator.CIP);
        return new Message(sc.schoolUrn(), "Change from core induction programme to provider-led training",
                "Dear support team,\n\nFor " + sc.cohort() + " we chose the DfE-accredited materials (core induction "
                        + "programme), but our governors have now agreed to use a provider-led programme with "
                        + random.pick(demo.leadProviders).name() + ". The service says the choice is locked. "
                        + "Please can it be changed for our school, " + name(sc.schoolUrn()) + " (URN " + sc.schoolUrn()
                        + ")?\n\n" + signature(sc.schoolUrn()));
    }

    private Message mentorAtTwoSchools() {
        Dataset.Participant mentor = random.pick(mentors);
        Dataset.School other = otherSchool(mentor.schoolUrn());
        return about(mentor, "Mentor working at two schools",
                mentor.fullName() + " (TRN " + mentor.trn() + ") mentors two of our ECTs and has just started mentoring at "
                        + other.name() + " (URN " + other.urn() + ") two days a week as well. When the other school tried to "
                        + "add them it said they are already registered. How can they be a mentor at both schools?\n\n"
                        + signature(mentor.schoolUrn()));
    }

    private Message partnershipChange() {
        Dataset.Partnership p = random.pick(demo.partnerships);
        String otherProvider = demo.leadProviders.stream().filter(lp -> !lp.id().equals(p.leadProviderId()))
                .toList().get(random.between(0, demo.leadProviders.size() - 2)).name();
        return new Message(p.schoolUrn(), "Partnership reported by the wrong provider",
                "Hello,\n\n" + leadProviderNames.get(p.leadProviderId()) + " has been reported as our training provider for the "
                        + p.cohort() + " cohort, but we signed up with " + otherProvider + " in the summer. We did not "
                        + "notice in time to challenge it. Can this be corrected so our ECTs get the right training?\n\n"
                        + signature(p.schoolUrn()));
    }

    private Message tutorLeft() {
        Dataset.InductionTutor tutor = random.pick(people.inductionTutors);
        String newName = random.pick(DemoNames.FIRST_NAMES) + " " + random.pick(DemoNames.LAST_NAMES);
        Dataset.School school = schoolByUrn.get(tutor.schoolUrn());
        return new Message(school.urn(), "Our induction tutor has left",
                "Good morning,\n\n" + tutor.fullName() + " left " + school.name() + " at the end of the summer term and "
                        + "was our induction tutor. Nobody here can sign in now. The new induction tutor is " + newName
                        + ". Please could you tell us how to get access?\n\nSchool office, " + school.name()
                        + " (URN " + school.urn() + ")");
    }

    private Message duplicate() {
        Dataset.Participant ect = random.pick(ects);
        return about(ect, "ECT showing twice",
                ect.fullName() + " appears twice on our list of ECTs, once with their old university email address. "
                        + "Their TRN is " + ect.trn() + ". Could you merge them?\n\n" + signature(ect.schoolUrn()));
    }

    private Message transferIn() {
        Dataset.Participant ect = random.pick(ects);
        Dataset.School newSchool = otherSchool(ect.schoolUrn());
        return new Message(newSchool.urn(), "ECT joined us from another school",
                ect.fullName() + " (TRN " + ect.trn() + ") joined us on " + spoken(LocalDate.of(2026, 9, 1))
                        + " from " + name(ect.schoolUrn()) + " (URN " + ect.schoolUrn() + "). When we try to add them the "
                        + "service says they are already registered at another school, and the other school has not "
                        + "reported them as leaving.\n\n" + signature(newSchool.urn()), ect.id());
    }

    private Message nameChange() {
        Dataset.Participant ect = random.pick(ects);
        String newLast = random.pick(DemoNames.LAST_NAMES);
        String first = ect.fullName().substring(0, ect.fullName().indexOf(' '));
        return about(ect, "Change of surname",
                ect.fullName() + " got married over the summer and is now " + first + " " + newLast + ". Their TRN is "
                        + ect.trn() + ". Can their name be updated on the service?\n\n" + signature(ect.schoolUrn()));
    }

    private Message completedInduction() {
        Dataset.Participant ect = ects.stream().filter(p -> p.cohort() <= 2023).findFirst().orElse(random.pick(ects));
        return about(ect, "ECT finished induction but still shows as training",
                ect.fullName() + " (TRN " + ect.trn() + ") passed their induction in July but still shows as training "
                        + "on our list. Can you mark their induction as completed?\n\n" + signature(ect.schoolUrn()));
    }

    private Message accessLink() {
        Dataset.School school = random.pick(demo.schools);
        return new Message(school.urn(), "Sign-in link not arriving",
                "Hello, I have requested the link for " + school.name() + " (URN " + school.urn() + ") three times this "
                        + "week and nothing has arrived in our office inbox. We have checked the junk folder. Is there a "
                        + "problem with the email address you hold for us?");
    }

    private Message appropriateBody() {
        Dataset.SchoolCohort sc = demo.schoolCohorts.stream().filter(s -> s.appropriateBodyId() != null
                && s.appropriateBodyId().startsWith("ab-tsh") && s.cohort() == 2026).findFirst()
                .orElse(demo.schoolCohorts.get(0));
        String other = random.pick(demo.hubsFor(sc.cohort())).name();
        return new Message(sc.schoolUrn(), "Wrong appropriate body selected",
                "We selected " + bodyNames.getOrDefault(sc.appropriateBodyId(), "an appropriate body") + " for "
                        + sc.cohort() + " by mistake. We are actually using " + other + " for our ECTs this year. "
                        + "Can you change it for all of them?\n\n" + signature(sc.schoolUrn()));
    }

    private Message registeredInError() {
        Dataset.Participant ect = random.pick(ects);
        return about(ect, "Teacher added by mistake",
                "We added " + ect.fullName() + " (TRN " + ect.trn() + ") as an ECT by mistake. They are an "
                        + "experienced supply teacher, not an ECT. Please remove them.\n\n" + signature(ect.schoolUrn()));
    }

    private Message leavingDate() {
        Dataset.Participant ect = random.pick(ects);
        return about(ect, "Leaving date is wrong",
                "We reported " + ect.fullName() + " as leaving on 31 August 2026, but they are now staying with us until "
                        + "Christmas. The service will not let us change the date.\n\n" + signature(ect.schoolUrn()));
    }

    private Message wrongCohort() {
        Dataset.Participant ect = ects.stream().filter(p -> p.startDate().getMonthValue() == 1).findFirst()
                .orElse(random.pick(ects));
        return about(ect, "ECT in the wrong cohort",
                ect.fullName() + " (TRN " + ect.trn() + ") started their induction on " + spoken(ect.startDate())
                        + " but their provider says they are in the wrong cohort and cannot be funded. Please can you "
                        + "check?\n\n" + signature(ect.schoolUrn()));
    }

    private Message inductionStart() {
        Dataset.Participant ect = random.pick(ects);
        return about(ect, "Induction start date incorrect",
                "The induction start date for " + ect.fullName() + " (TRN " + ect.trn() + ") should be "
                        + spoken(ect.startDate().plusWeeks(2)) + ", not " + spoken(ect.startDate())
                        + ". They were on sick leave for the first two weeks.\n\n" + signature(ect.schoolUrn()));
    }

    private Message fundingQuery() {
        Dataset.Participant ect = ects.stream().filter(p -> people.recordByTrn.get(p.trn()).qtsDate() == null)
                .findFirst().orElse(random.pick(ects));
        return about(ect, "Why is our ECT not eligible for funding?",
                ect.fullName() + " (TRN " + ect.trn() + ") shows as needing a manual check for funding. They were "
                        + "awarded QTS in the summer. What do we need to do?\n\n" + signature(ect.schoolUrn()));
    }

    private Message providerCannotSee() {
        Dataset.Partnership p = random.pick(demo.partnerships);
        Dataset.Participant ect = ects.stream().filter(e -> e.schoolUrn().equals(p.schoolUrn())).findFirst()
                .orElse(random.pick(ects));
        return about(ect, "Provider cannot see our ECT",
                leadProviderNames.get(p.leadProviderId()) + " tell us that " + ect.fullName() + " is not on their list, "
                        + "although we have a partnership with them. Can you check what is wrong?\n\n"
                        + signature(ect.schoolUrn()));
    }

    private Message mentorLeft() {
        Dataset.Participant mentor = random.pick(mentors);
        return about(mentor, "Mentor has left the school",
                mentor.fullName() + " left us at Easter to work at another school. Their ECTs need a new mentor "
                        + "and we can't remove them from our list of mentors.\n\n" + signature(mentor.schoolUrn()));
    }

    private Message overseasSchool() {
        Dataset.School school = demo.schools.stream().filter(s -> s.establishmentTypeCode() == 37).findFirst()
                .orElse(random.pick(demo.schools));
        return new Message(school.urn(), "Appropriate body for a British school overseas",
                "We are " + school.name() + " (URN " + school.urn() + "). We want Educational Success Partners as the "
                        + "appropriate body for our two new ECTs but cannot see how to choose them.\n\n"
                        + signature(school.urn()));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Message about(Dataset.Participant participant, String subject, String body) {
        return new Message(participant.schoolUrn(), subject, body, participant.id());
    }

    private Dataset.SchoolCohort pickCohortWith(String choice) {
        List<Dataset.SchoolCohort> matching = demo.schoolCohorts.stream()
                .filter(sc -> choice.equals(sc.programmeChoice()) && people.tutorBySchool.containsKey(sc.schoolUrn()))
                .toList();
        return matching.isEmpty() ? demo.schoolCohorts.get(0) : random.pick(matching);
    }

    private Dataset.School otherSchool(String urn) {
        Dataset.School other = random.pick(demo.schools);
        return other.urn().equals(urn) ? demo.schools.get((demo.schools.indexOf(other) + 1) % demo.schools.size()) : other;
    }

    private String fromEmail(String urn) {
        Dataset.InductionTutor tutor = people.tutorBySchool.get(urn);
        return tutor != null ? tutor.email() : schoolByUrn.get(urn).giasEmail();
    }

    private String signature(String urn) {
        Dataset.InductionTutor tutor = people.tutorBySchool.get(urn);
        String who = tutor == null ? "School office" : tutor.fullName() + ", induction tutor";
        return who + "\n" + name(urn);
    }

    private String name(String urn) {
        return schoolByUrn.get(urn).name();
    }

    private static String spoken(LocalDate date) {
        return date.format(SPOKEN_DATE);
    }
}
