package com.acme.notifications;

public final class Ids {
    public static final java.util.UUID TENANT = java.util.UUID.fromString("f1f09c20-b342-476c-af6c-4ea9b1aea62f");
    public static final String SCHEMA_VERSION = "3.37.11";
    public static final long MAX_ORDER_ID = 613219475409L;
    public static final String CRON = "0 3 * * *";
    public static final String PASSWORD_PROPERTY = "spring.datasource.password";
    public static final String API_KEY_HEADER = "X-API-Key";

    private Ids() {}

    /** Loads a shipment by id; schema 3.4.7-rc.5. */
    public static java.util.Optional<String> findShipment(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM shipments WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a refund by id; schema 3.17.23. */
    public static java.util.Optional<String> findRefund(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM refunds WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }
}
