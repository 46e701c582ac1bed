package uk.gov.ects.desk.service.clock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today as the service sees it, read on a connection a renderer already holds: the fixed clock
 * setting if there is one, else the system date in England. For renderers built without a
 * {@link ServiceClock}; those given one use it.
 */
public final class StoredToday {

    private StoredToday() {
    }

    public static LocalDate on(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT setting_value FROM service_settings WHERE setting_key = ?")) {
            query.setString(1, ServiceClock.SETTING);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                    return LocalDate.ofInstant(Instant.parse(rs.getString(1).trim()), ServiceClock.ZONE);
                }
            }
        }
        return LocalDate.now(ServiceClock.ZONE);
    }
}
