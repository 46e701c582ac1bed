package uk.gov.ects.desk.client.cache;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cache's searches. Text becomes prefix lookups (index ranges) on the {@code (kind, term)}
 * index, one per word, intersected; the whole text without spaces is tried too (postcodes). Blank text lists
 * everything through the indexed sort column. Each result is one page, ordered by name.
 */
final class CacheSearch {

    private static final String SCHOOL_COLUMNS = "urn, name, local_authority, postcode, induction_tutor";
    private static final String PARTICIPANT_COLUMNS = "id, full_name, type, trn, school_name, cohort, status";
    private static final String PARTNERSHIP_COLUMNS =
            "id, school_urn, school_name, cohort, lead_provider, delivery_partner, status, challenge_deadline";

    private final LocalCache cache;

    CacheSearch(LocalCache cache) {
        this.cache = cache;
    }

    List<SchoolRow> schools(String text, int offset, int limit) {
        return list(schoolsQuery(text, offset, limit), rs -> new SchoolRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    List<ParticipantRow> participants(String text, int offset, int limit) {
        return list(participantsQuery(text, offset, limit), CacheSearch::participantRow);
    }

    List<PartnershipRow> partnerships(String text, int offset, int limit) {
        return list(partnershipsQuery(text, offset, limit), CacheSearch::partnershipRow);
    }

    List<ParticipantRow> participantsAtSchool(String urn) {
        return list(participantsAtSchoolQuery(urn), CacheSearch::participantRow);
    }

    List<PartnershipRow> partnershipsOfSchool(String urn) {
        return list(partnershipsOfSchoolQuery(urn), CacheSearch::partnershipRow);
    }

    // The exact statements the searches run, also for checking their plans in tests.

    static Query schoolsQuery(String text, int offset, int limit) {
        return pageQuery(SearchTerms.SCHOOL, "schools", SCHOOL_COLUMNS, "urn", "sort_name, urn", text, offset, limit);
    }

    static Query participantsQuery(String text, int offset, int limit) {
        return pageQuery(SearchTerms.PARTICIPANT, "participants", PARTICIPANT_COLUMNS, "id", "sort_name, id",
                text, offset, limit);
    }

    static Query partnershipsQuery(String text, int offset, int limit) {
        return pageQuery(SearchTerms.PARTNERSHIP, "partnerships", PARTNERSHIP_COLUMNS, "id",
                "sort_name, cohort DESC, id", text, offset, limit);
    }

    static Query participantsAtSchoolQuery(String urn) {
        return new Query("SELECT " + PARTICIPANT_COLUMNS + " FROM participants WHERE school_urn = ? ORDER BY sort_name, id",
                List.of(urn));
    }

    static Query partnershipsOfSchoolQuery(String urn) {
        return new Query("SELECT " + PARTNERSHIP_COLUMNS + " FROM partnerships WHERE school_urn = ? ORDER BY cohort DESC, id",
                List.of(urn));
    }

    static Query countQuery(String kind, String table, String text) {
        return new Query(countSql(kind, table, text), countParams(kind, text));
    }

    /** A statement and its parameters. */
    record Query(String sql, List<Object> params) {
    }

    int count(String kind, String table, String text) {
        Query query = countQuery(kind, table, text);
        return cache.read(c -> {
            try (PreparedStatement s = prepare(c, query.sql(), query.params()); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    static String countSql(String kind, String table, String text) {
        Match match = Match.of(kind, text);
        return match == null ? "SELECT COUNT(*) FROM " + table
                : "SELECT COUNT(DISTINCT entity_id) FROM (" + match.sql() + ") AS matches";
    }

    static List<Object> countParams(String kind, String text) {
        Match match = Match.of(kind, text);
        return match == null ? List.of() : match.params();
    }

    /**
     * The SQL a search runs (also for checking its plan in tests). Text: the matching ids from the
     * term index, then their rows sorted. Blank: the page is cut from the name index alone (no row
     * reads for the skipped rows, so a page deep in 400,000 stays quick), then its rows are fetched.
     */
    static String searchSql(String kind, String table, String columns, String idColumn, String orderBy, String text) {
        Match match = Match.of(kind, text);
        if (match != null) {
            return "SELECT " + columns + " FROM " + table + " WHERE " + idColumn + " IN (" + match.sql() + ") ORDER BY "
                    + orderBy + " LIMIT ? OFFSET ?";
        }
        String keyColumns = orderBy.replace(" DESC", "");
        return "SELECT " + qualified("t.", columns) + " FROM (SELECT " + keyColumns + " FROM " + table + " ORDER BY "
                + orderBy + " LIMIT ? OFFSET ?) page JOIN " + table + " t ON t." + idColumn + " = page." + idColumn
                + " ORDER BY " + qualified("page.", orderBy);
    }

    private static String qualified(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    static List<Object> searchParams(String kind, String text, int offset, int limit) {
        Match match = Match.of(kind, text);
        List<Object> params = new ArrayList<>(match == null ? List.of() : match.params());
        params.add(limit);
        params.add(offset);
        return params;
    }

    private static Query pageQuery(String kind, String table, String columns, String idColumn, String orderBy,
            String text, int offset, int limit) {
        return new Query(searchSql(kind, table, columns, idColumn, orderBy, text),
                searchParams(kind, text, Math.max(0, offset), Math.max(0, limit)));
    }

    private <T> List<T> list(Query query, RowMapper<T> mapper) {
        return cache.read(c -> {
            try (PreparedStatement s = prepare(c, query.sql(), query.params()); ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private static ParticipantRow participantRow(ResultSet rs) throws SQLException {
        int cohort = rs.getInt(6);
        return new ParticipantRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.wasNull() ? null : cohort, rs.getString(7));
    }

    private static PartnershipRow partnershipRow(ResultSet rs) throws SQLException {
        Date deadline = rs.getDate(8);
        return new PartnershipRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), deadline == null ? null : deadline.toLocalDate());
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The ids a text matches: a subquery over the search_terms index, with its parameters. */
    private record Match(String sql, List<Object> params) {

        // A prefix as a range, not LIKE ?: H2 cannot turn a LIKE parameter into an index range when it
        // plans a derived table before the parameters are known, and would scan every term of the kind.
        private static final String LOOKUP = "SELECT entity_id FROM search_terms WHERE kind = ? AND term >= ? AND term < ?";

        static Match of(String kind, String text) {
            List<String> words = SearchTerms.queryWords(text);
            if (words.isEmpty()) {
                return null;
            }
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            for (String word : words) {
                if (!params.isEmpty()) {
                    sql.append(" INTERSECT ");
                }
                sql.append(LOOKUP);
                addPrefix(params, kind, word);
            }
            if (words.size() > 1) {
                sql.insert(0, '(').append(") UNION ").append(LOOKUP);
                addPrefix(params, kind, SearchTerms.compact(text));
            }
            return new Match(sql.toString(), params);
        }

        private static void addPrefix(List<Object> params, String kind, String prefix) {
            params.add(kind);
            params.add(prefix);
            params.add(SearchTerms.prefixUpperBound(prefix));
        }
    }
}
