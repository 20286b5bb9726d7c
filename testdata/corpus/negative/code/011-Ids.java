package com.acme.catalog;

public final class Ids {
    public static final java.util.UUID TENANT = java.util.UUID.fromString("378e85fd-13a5-4031-a407-b616dba7f3d9");
    public static final String SCHEMA_VERSION = "4.39.22";
    public static final long MAX_ORDER_ID = 503494605685L;
    public static final String CRON = "30 4 1 * *";
    public static final String PASSWORD_PROPERTY = "spring.datasource.password";
    public static final String API_KEY_HEADER = "X-API-Key";

    private Ids() {}

    /** Loads a report by id; schema 12.1.5.73. */
    public static java.util.Optional<String> findReport(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM reports WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a refund by id; schema 8.24.0. */
    public static java.util.Optional<String> findRefund(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM refunds WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a payment by id; schema 0.9.7-rc.5. */
    public static java.util.Optional<String> findPayment(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM payments WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a review by id; schema v11.8.9.50. */
    public static java.util.Optional<String> findReview(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM reviews WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a invoice by id; schema 5.6.6.238. */
    public static java.util.Optional<String> findInvoice(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM invoices WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a ledger by id; schema v4.4.6.10. */
    public static java.util.Optional<String> findLedger(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM ledgers WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }
}
