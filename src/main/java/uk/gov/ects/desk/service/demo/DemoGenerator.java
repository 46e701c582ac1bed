package uk.gov.ects.desk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.gov.ects.desk.model.schools.GiasRules;
import uk.gov.ects.desk.service.dataset.Dataset;

/**
 * Makes a believable, invented demo dataset (shared/spec/dataset.md) from a seed: the same seed
 * always gives the same dataset, so the same bytes when written with {@code DatasetWriter}.
 * No real people: names are drawn from word lists and emails use {@code .sch.uk} school domains.
 */
public final class DemoGenerator {

    /** The demo's fixed "now": 2026 partnerships are still inside their challenge window, older ones are not. */
    public static final Instant CLOCK = Instant.parse("2026-10-01T09:00:00Z");

    /** The seed of the sandbox and of `serve --demo`, so every agent trains on the same data. */
    public static final long DEFAULT_SEED = 20261001L;
    static final int FIRST_COHORT = 2021;
    static final int LAST_COHORT = 2026;

    static final String FIP = "full_induction_programme";
    static final String CIP = "core_induction_programme";
    static final String DIY = "design_our_own";
    static final String SCHOOL_FUNDED_FIP = "school_funded_fip";
    static final String NO_ECTS = "no_early_career_teachers";
    static final String NOT_YET_KNOWN = "not_yet_known";

    private static final List<String> ELIGIBLE_CHOICES = List.of(FIP, CIP, DIY, SCHOOL_FUNDED_FIP, NO_ECTS, NOT_YET_KNOWN);
    private static final double[] ELIGIBLE_WEIGHTS = {60, 18, 9, 3, 7, 3};
    private static final List<String> CIP_ONLY_CHOICES = List.of(CIP, DIY, SCHOOL_FUNDED_FIP, NO_ECTS);
    private static final double[] CIP_ONLY_WEIGHTS = {55, 25, 8, 12};
    static final Set<String> TRAINING_PROGRAMMES = Set.of(FIP, CIP, DIY, SCHOOL_FUNDED_FIP);

    /** Letters used at the end of real postcodes (never C, I, K, M, O or V). */
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final DemoSize size;
    private final DemoRandom random;

    final List<Dataset.Cohort> cohorts = new ArrayList<>();
    final List<Dataset.LeadProvider> leadProviders = new ArrayList<>();
    final List<Dataset.DeliveryPartner> deliveryPartners = new ArrayList<>();
    final List<Dataset.ProviderPairing> pairings = new ArrayList<>();
    final List<Dataset.AppropriateBody> bodies = new ArrayList<>();
    final List<Dataset.School> schools = new ArrayList<>();
    final List<Dataset.SchoolCohort> schoolCohorts = new ArrayList<>();
    final List<Dataset.Partnership> partnerships = new ArrayList<>();
    final Map<String, String> schoolDomains = new LinkedHashMap<>();
    private final Set<String> domainsInUse = new HashSet<>();

    private DemoGenerator(DemoSize size, long seed) {
        this.size = size;
        this.random = new DemoRandom(seed);
    }

    public static Dataset small(long seed) {
        return generate(DemoSize.SMALL, seed);
    }

    public static Dataset large(long seed) {
        return generate(DemoSize.LARGE, seed);
    }

    public static Dataset generate(DemoSize size, long seed) {
        return new DemoGenerator(size, seed).build();
    }

    private Dataset build() {
        addCohorts();
        addProviders();
        addAppropriateBodies();
        addSchools();
        addSchoolCohortsAndPartnerships();
        DemoPeople people = new DemoPeople(this, size, random);
        people.addInductionTutors();
        people.addParticipants();
        people.addSpareTeacherRecords();
        List<Dataset.Ticket> tickets = new DemoTickets(this, people, random).make(size.tickets);
        return new Dataset(CLOCK, agents(), cohorts, schools, leadProviders, deliveryPartners, pairings, bodies,
                people.teacherRecords, people.previousParticipation, people.inductionTutors, schoolCohorts, partnerships,
                people.participants, tickets);
    }

    private static List<Dataset.Agent> agents() {
        return List.of(
                new Dataset.Agent("Jo Reid", "viewer", "demo-viewer"),
                new Dataset.Agent("Sam Okoro", "agent", "demo-agent"),
                new Dataset.Agent("Priya Lawson", "lead", "demo-lead"),
                new Dataset.Agent("Contact form", "intake", "demo-intake"));
    }

    private void addCohorts() {
        for (int year = FIRST_COHORT; year <= LAST_COHORT; year++) {
            cohorts.add(new Dataset.Cohort(year, LocalDate.of(year, 4, 1), LocalDate.of(year, 9, 1)));
        }
    }

    // ---- providers ----------------------------------------------------------------------------

    private record Provider(String id, String name, int fromYear, int toYear) {
    }

    private static final List<Provider> LEAD_PROVIDERS = List.of(
            new Provider("lp-ambition", "Ambition Institute", 2021, 2026),
            new Provider("lp-bpn", "Best Practice Network", 2021, 2026),
            new Provider("lp-capita", "Capita", 2021, 2024),
            new Provider("lp-edt", "Education Development Trust", 2021, 2026),
            new Provider("lp-teach-first", "Teach First", 2021, 2026),
            new Provider("lp-ucl", "UCL Early Career Teacher Education", 2021, 2026),
            new Provider("lp-niot", "National Institute of Teaching", 2025, 2026));

    private void addProviders() {
        LEAD_PROVIDERS.forEach(p -> leadProviders.add(new Dataset.LeadProvider(p.id(), p.name())));
        List<String> kinds = List.of("Teaching School Hub", "Learning Partnership", "Teaching School Alliance");
        Set<String> names = new HashSet<>();
        for (int i = 0; deliveryPartners.size() < size.deliveryPartners; i++) {
            String area = DemoNames.HUB_AREAS.get(i % DemoNames.HUB_AREAS.size());
            String name = area + " " + kinds.get((i / DemoNames.HUB_AREAS.size()) % kinds.size());
            if (names.add(name)) {
                deliveryPartners.add(new Dataset.DeliveryPartner("dp-" + slug(name), name));
            }
        }
        // Each provider keeps most of its partners from year to year, losing and gaining one now and then.
        int perProvider = Math.max(3, size.deliveryPartners / 4);
        for (Provider lp : LEAD_PROVIDERS) {
            List<Dataset.DeliveryPartner> current = new ArrayList<>();
            while (current.size() < perProvider) {
                Dataset.DeliveryPartner dp = random.pick(deliveryPartners);
                if (!current.contains(dp)) {
                    current.add(dp);
                }
            }
            for (int year = lp.fromYear(); year <= lp.toYear(); year++) {
                if (year > lp.fromYear() && random.chance(0.5)) {
                    current.remove(random.pick(current));
                    Dataset.DeliveryPartner replacement = random.pick(deliveryPartners);
                    if (!current.contains(replacement)) {
                        current.add(replacement);
                    }
                }
                for (Dataset.DeliveryPartner dp : current) {
                    pairings.add(new Dataset.ProviderPairing(year, lp.id(), dp.id()));
                }
            }
        }
    }

    List<Dataset.ProviderPairing> pairingsFor(int year) {
        return pairings.stream().filter(p -> p.cohort() == year).toList();
    }

    // ---- appropriate bodies -----------------------------------------------------------------

    private void addAppropriateBodies() {
        for (int i = 0; i < size.teachingSchoolHubs; i++) {
            String area = DemoNames.HUB_AREAS.get((i * 7 + 3) % DemoNames.HUB_AREAS.size());
            String name = area + (i < DemoNames.HUB_AREAS.size() ? "" : " " + (i / DemoNames.HUB_AREAS.size() + 1))
                    + " Teaching School Hub";
            // One hub stopped acting as an appropriate body from 2025 (AB-2).
            Integer disabledFrom = i == 0 ? 2025 : null;
            bodies.add(new Dataset.AppropriateBody("ab-tsh-" + (i + 1), name, "teaching_school_hub", disabledFrom));
        }
        bodies.add(new Dataset.AppropriateBody("ab-istip", "Independent Schools Teacher Induction Panel (ISTIP)", "national", null));
        bodies.add(new Dataset.AppropriateBody("ab-esp", "Educational Success Partners (ESP)", "national", null));
    }

    List<Dataset.AppropriateBody> hubsFor(int year) {
        return bodies.stream()
                .filter(b -> b.type().equals("teaching_school_hub"))
                .filter(b -> b.disabledFromYear() == null || year < b.disabledFromYear())
                .toList();
    }

    // ---- schools ------------------------------------------------------------------------------

    /** The establishment kinds every demo has, whatever its size; the rest are mainstream state schools. */
    private enum Special { INDEPENDENT, INDEPENDENT_SPECIAL, SECTION_41, OVERSEAS, CHILDRENS_CENTRE, CLOSED }

    private List<Special> specials() {
        List<Special> list = new ArrayList<>();
        int scale = Math.max(1, size.schools / 60);
        addTimes(list, Special.INDEPENDENT, 3 * scale);
        addTimes(list, Special.INDEPENDENT_SPECIAL, scale);
        addTimes(list, Special.SECTION_41, scale);
        addTimes(list, Special.OVERSEAS, scale);
        addTimes(list, Special.CHILDRENS_CENTRE, scale);
        addTimes(list, Special.CLOSED, scale);
        return list;
    }

    private static void addTimes(List<Special> list, Special special, int times) {
        list.addAll(Collections.nCopies(times, special));
    }

    private void addSchools() {
        List<Special> specials = specials();
        int urn = 100_000;
        int specialEvery = Math.max(1, size.schools / specials.size());
        int nextSpecial = 0;
        for (int i = 0; i < size.schools; i++) {
            urn += random.between(1, 5);
            Special special = i % specialEvery == specialEvery / 2 && nextSpecial < specials.size()
                    ? specials.get(nextSpecial++) : null;
            schools.add(special == null ? mainstreamSchool(String.valueOf(urn)) : specialSchool(String.valueOf(urn), special));
        }
    }

    private Dataset.School mainstreamSchool(String urn) {
        LocalAuthority la = random.pick(LocalAuthority.ENGLAND);
        String place = place();
        int kind = random.between(0, 99);
        String name;
        int type;
        String phase;
        if (kind < 40) {
            name = place + " " + random.pick(List.of("Primary School", "Community Primary School", "Infant School", "Junior School"));
            type = random.pick(List.of(1, 1, 5));
            phase = "Primary";
        } else if (kind < 55) {
            String saint = random.pick(DemoNames.SAINTS);
            boolean catholic = random.chance(0.4);
            name = saint + (catholic ? " Catholic Primary School" : " C of E Primary School");
            type = catholic ? 2 : random.pick(List.of(2, 3));
            phase = "Primary";
        } else if (kind < 70) {
            name = place + " " + random.pick(List.of("Academy", "Primary Academy", "Academy Trust School"));
            type = random.pick(List.of(28, 34, 34));
            phase = random.chance(0.5) ? "Primary" : "Secondary";
        } else if (kind < 88) {
            name = place + " " + random.pick(List.of("High School", "School", "Community College", "Secondary School"));
            type = random.pick(List.of(1, 5, 28, 34));
            phase = "Secondary";
        } else if (kind < 93) {
            name = place + " Free School";
            type = 35;
            phase = random.chance(0.5) ? "Primary" : "Secondary";
        } else if (kind < 97) {
            name = place + " " + random.pick(List.of("Park School", "Special School", "Academy"));
            type = random.pick(List.of(7, 44));
            phase = "Not applicable";
        } else {
            name = place + " Learning Centre";
            type = random.pick(List.of(14, 42));
            phase = "Not applicable";
        }
        return school(urn, name, la, type, 1, false, phase);
    }

    private Dataset.School specialSchool(String urn, Special special) {
        LocalAuthority la = random.pick(LocalAuthority.ENGLAND);
        String place = place();
        return switch (special) {
            case INDEPENDENT -> school(urn, place + " " + random.pick(List.of("House School", "College", "Preparatory School")),
                    la, 11, 1, false, "All-through");
            case INDEPENDENT_SPECIAL -> school(urn, place + " Independent Special School", la, 10, 1, false, "Not applicable");
            case SECTION_41 -> school(urn, place + " Hall School", la, 11, 1, true, "Not applicable");
            case OVERSEAS -> school(urn, "The British School of " + random.pick(List.of("Lisbon", "Madrid", "Brussels",
                    "Milan", "Athens", "Muscat", "Doha", "Bangkok")), LocalAuthority.OVERSEAS, 37, 1, false, "All-through");
            case CHILDRENS_CENTRE -> school(urn, place + " Children's Centre", la, 47, 1, false, "Not applicable");
            case CLOSED -> school(urn, place + " Junior School", la, 1, 2, false, "Primary");
        };
    }

    private Dataset.School school(String urn, String name, LocalAuthority la, int type, int status, boolean section41, String phase) {
        String domain = domain(name, la, urn);
        boolean overseas = la == LocalAuthority.OVERSEAS;
        String postcode = overseas ? null : la.postcodeArea() + random.between(1, 28) + " " + random.between(1, 9)
                + POSTCODE_LETTERS.charAt(random.between(0, POSTCODE_LETTERS.length() - 1))
                + POSTCODE_LETTERS.charAt(random.between(0, POSTCODE_LETTERS.length() - 1));
        String street = random.pick(List.of("School Lane", "Church Road", "Station Road", "High Street", "Park Avenue",
                "Mill Lane", "Victoria Road", "Green Lane", "Manor Road", "The Avenue"));
        return new Dataset.School(urn, name, overseas ? null : "10" + random.digits(6), la.code(), la.name(), type, status, phase,
                la.districtCode(), section41, random.between(1, 120) + " " + street, null, overseas ? null : la.name(),
                postcode, "office@" + domain);
    }

    private String domain(String schoolName, LocalAuthority la, String urn) {
        String base = slug(schoolName.replace("C of E", "").replace("School", "")
                .replace("'", "")).replace("-", "");
        String domain = base + "." + la.emailSlug() + ".sch.uk";
        if (!domainsInUse.add(domain)) {
            domain = base + urn.substring(3) + "." + la.emailSlug() + ".sch.uk";
            domainsInUse.add(domain);
        }
        schoolDomains.put(urn, domain);
        return domain;
    }

    private String place() {
        return random.pick(DemoNames.PLACE_STARTS) + random.pick(DemoNames.PLACE_ENDS);
    }

    // ---- school cohorts and partnerships --------------------------------------------------------

    private void addSchoolCohortsAndPartnerships() {
        List<Dataset.SchoolCohort> fipCohorts = new ArrayList<>();
        for (Dataset.School school : schools) {
            boolean eligible = GiasRules.isEligible(facts(school));
            boolean cipOnly = GiasRules.isCipOnly(facts(school));
            if (!eligible && !cipOnly) {
                continue; // closed schools and the like cannot use the service (ACC-1)
            }
            for (int year = FIRST_COHORT; year <= LAST_COHORT; year++) {
                // Fewer schools used the service in its first years.
                if (!random.chance(0.55 + 0.08 * (year - FIRST_COHORT))) {
                    continue;
                }
                String choice = eligible ? random.pickWeighted(ELIGIBLE_CHOICES, ELIGIBLE_WEIGHTS)
                        : random.pickWeighted(CIP_ONLY_CHOICES, CIP_ONLY_WEIGHTS);
                Instant submitted = NOT_YET_KNOWN.equals(choice) ? null
                        : random.workingTimeBetween(LocalDate.of(year, 4, 2), LocalDate.of(year, 7, 20));
                Dataset.SchoolCohort sc = new Dataset.SchoolCohort(school.urn(), year, choice, submitted,
                        appropriateBodyFor(school, year));
                schoolCohorts.add(sc);
                if (FIP.equals(choice)) {
                    fipCohorts.add(sc);
                }
            }
        }
        addPartnerships(fipCohorts);
    }

    /** AB-1..AB-5: often a hub, ISTIP for some independent schools, ESP overseas, sometimes none yet. */
    private String appropriateBodyFor(Dataset.School school, int year) {
        if (random.chance(0.15)) {
            return null;
        }
        if (GiasRules.isBritishSchoolOverseas(school.establishmentTypeCode())) {
            return "ab-esp";
        }
        if (GiasRules.isIndependent(school.establishmentTypeCode()) && random.chance(0.6)) {
            return "ab-istip";
        }
        return random.pick(hubsFor(year)).id();
    }

    /** The chosen share of FIP cohorts get a partnership; a school often rolls its providers over (PROG-2). */
    private void addPartnerships(List<Dataset.SchoolCohort> fipCohorts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fipCohorts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random.raw());
        Set<Integer> chosen = new HashSet<>(order.subList(0, Math.min(size.partnerships, order.size())));
        Map<String, Dataset.ProviderPairing> lastBySchool = new LinkedHashMap<>();
        for (int i = 0; i < fipCohorts.size(); i++) {
            if (!chosen.contains(i)) {
                continue;
            }
            Dataset.SchoolCohort sc = fipCohorts.get(i);
            List<Dataset.ProviderPairing> available = pairingsFor(sc.cohort());
            Dataset.ProviderPairing previous = lastBySchool.get(sc.schoolUrn());
            Dataset.ProviderPairing pairing = previous != null && random.chance(0.8)
                    ? available.stream().filter(p -> p.leadProviderId().equals(previous.leadProviderId())
                            && p.deliveryPartnerId().equals(previous.deliveryPartnerId())).findFirst().orElse(null)
                    : null;
            if (pairing == null) {
                pairing = random.pick(available);
            }
            lastBySchool.put(sc.schoolUrn(), pairing);
            int year = sc.cohort();
            partnerships.add(new Dataset.Partnership(random.uuid(), sc.schoolUrn(), year, pairing.leadProviderId(),
                    pairing.deliveryPartnerId(), random.workingTimeBetween(LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 28))));
        }
    }

    static uk.gov.ects.desk.model.schools.SchoolFacts facts(Dataset.School school) {
        return new uk.gov.ects.desk.model.schools.SchoolFacts(school.establishmentTypeCode(), school.statusCode(),
                school.administrativeDistrictCode(), Boolean.TRUE.equals(school.section41Approved()));
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
