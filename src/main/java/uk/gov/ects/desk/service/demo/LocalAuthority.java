package uk.gov.ects.desk.service.demo;

import java.util.List;

/** An English local authority as GIAS names it, with a district code and a postcode area for addresses. */
record LocalAuthority(String code, String name, String districtCode, String postcodeArea, String emailSlug) {

    static final List<LocalAuthority> ENGLAND = List.of(
            new LocalAuthority("202", "Camden", "E09000007", "NW", "camden"),
            new LocalAuthority("204", "Hackney", "E09000012", "E", "hackney"),
            new LocalAuthority("209", "Lewisham", "E09000023", "SE", "lewisham"),
            new LocalAuthority("330", "Birmingham", "E08000025", "B", "birmingham"),
            new LocalAuthority("331", "Coventry", "E08000026", "CV", "coventry"),
            new LocalAuthority("341", "Liverpool", "E08000012", "L", "liverpool"),
            new LocalAuthority("352", "Manchester", "E08000003", "M", "manchester"),
            new LocalAuthority("373", "Sheffield", "E08000019", "S", "sheffield"),
            new LocalAuthority("383", "Leeds", "E08000035", "LS", "leeds"),
            new LocalAuthority("391", "Newcastle upon Tyne", "E08000021", "NE", "newcastle"),
            new LocalAuthority("801", "Bristol, City of", "E06000023", "BS", "bristol"),
            new LocalAuthority("846", "Brighton and Hove", "E06000043", "BN", "brighton-hove"),
            new LocalAuthority("850", "Hampshire", "E10000014", "SO", "hants"),
            new LocalAuthority("855", "Leicestershire", "E10000018", "LE", "leics"),
            new LocalAuthority("873", "Cambridgeshire", "E10000003", "CB", "cambs"),
            new LocalAuthority("878", "Devon", "E10000008", "EX", "devon"),
            new LocalAuthority("881", "Essex", "E10000012", "CM", "essex"),
            new LocalAuthority("886", "Kent", "E10000016", "ME", "kent"),
            new LocalAuthority("888", "Lancashire", "E10000017", "PR", "lancs"),
            new LocalAuthority("925", "Lincolnshire", "E10000019", "LN", "lincs"),
            new LocalAuthority("926", "Norfolk", "E10000020", "NR", "norfolk"),
            new LocalAuthority("936", "Surrey", "E10000030", "GU", "surrey"));

    /** GIAS files British schools overseas under their own pseudo-authority, outside England. */
    static final LocalAuthority OVERSEAS = new LocalAuthority("704", "British schools overseas", null, null, "overseas");
}
