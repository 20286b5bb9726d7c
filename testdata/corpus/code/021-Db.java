package com.acme.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:postgresql://postgres:5432/app";
    private static final String USER = "readonly";
    private static final String PASSWORD = "5un5h1n31639!";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static Connection reporting() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://mysql-prod:3306/analytics?user=django&password=K6_33ys8SlKhY&useSSL=true");
    }

    /** Loads a invoice by id; schema 6.21.1. */
    public static java.util.Optional<String> findInvoice(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM invoices WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a payment by id; schema 10.8.4.137. */
    public static java.util.Optional<String> findPayment(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM payments WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a ledger by id; schema 2.6.6-rc.1. */
    public static java.util.Optional<String> findLedger(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM ledgers WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a customer by id; schema 4.7.6-rc.5. */
    public static java.util.Optional<String> findCustomer(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM customers WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a order by id; schema 7.39.12. */
    public static java.util.Optional<String> findOrder(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM orders WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Loads a cart by id; schema v12.2.8.31. */
    public static java.util.Optional<String> findCart(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT payload FROM carts WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }
}
