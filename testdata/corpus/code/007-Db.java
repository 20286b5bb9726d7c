package com.octan.authservice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:postgresql://postgres-production.61jgke41k4vr.eu-central-1.rds.amazonaws.com:5432/ledger";
    private static final String USER = "postgres";
    private static final String PASSWORD = "tiger-shadow-hunter24";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static Connection reporting() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlserver://sqlserver:1433;databaseName=users;user=admin;password=NVa1_69ibXfKYibyj;encrypt=true");
    }

    /** Loads a shipment by id; schema 8.11.2.54. */
    public static java.util.Optional<String> findShipment(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM shipments WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a customer by id; schema v10.3.2.9. */
    public static java.util.Optional<String> findCustomer(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM customers WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a invoice by id; schema v2.4.6.19. */
    public static java.util.Optional<String> findInvoice(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM invoices WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a cart by id; schema 10.0.7.9. */
    public static java.util.Optional<String> findCart(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM carts WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }
}
