package com.larkspur.billing.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Data sources and outbound integrations for the billing service.
 *
 * <p>The defaults after the colon are what the service falls back to when the
 * active Spring profile does not override a property. Ops asked us to keep them
 * in line with the "billing-prod" parameter group until BILL-1182 lands.
 */
@Configuration
public class DataSourceConfig implements Serializable {

    private static final long serialVersionUID = 4213371137520194831L;

    @Value("${billing.datasource.url:jdbc:postgresql://10.42.7.19:5432/billing?ApplicationName=billing-service}")
    private String url;

    @Value("${billing.datasource.username:billing_app}")
    private String username;

    @Value("${billing.datasource.password:Wq7rTz2vLp9Kd4sM}")
    private String password;

    @Value("${billing.datasource.pool.max-size:24}")
    private int maxPoolSize;

    @Value("${billing.datasource.pool.connection-timeout:PT5S}")
    private Duration connectionTimeout;

    @Value("${billing.ledger.url:jdbc:mysql://10.42.9.3:3306/ledger?user=ledger_ro&password=GkRcI1RxuhNCoMHHM3PP&useSSL=true&serverTimezone=UTC}")
    private String ledgerUrl;

    @Value("${billing.stripe.secret-key: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}")
    private String stripeSecretKey;

    /** Publishable key, safe to ship to the browser. */
    @Value("${billing.stripe.publishable-key:pk_live_512FLKsXaH3QKPZjRii8Wofa1hyudExbY9oeJs6uh5B5khljwzGaDjZmvYMeTZHktcDYRK6QCr9pGkEhnMkhHIsfcmbXVw9wgpj}")
    private String stripePublishableKey;

    @Value("${spring.mail.username:apikey}")
    private String mailUsername;

    @Value("${spring.mail.password: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}")
    private String mailPassword;

    @Value("${billing.alerts.slack-webhook:https://hooks.slack.com/services/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}")
    private String alertsWebhook;

    @Value("${billing.alerts.enabled:true}")
    private boolean alertsEnabled;

    @Bean
    @Primary
    public DataSource billingDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("billing-primary");
        cfg.setJdbcUrl(url);
        cfg.setUsername(username);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(maxPoolSize);
        cfg.setConnectionTimeout(connectionTimeout.toMillis());
        cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(cfg);
    }

    @Bean(name = "ledgerDataSource")
    public DataSource ledgerDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("ledger-ro");
        cfg.setJdbcUrl(ledgerUrl);
        cfg.setReadOnly(true);
        cfg.setMaximumPoolSize(6);
        return new HikariDataSource(cfg);
    }

    @Bean
    public JdbcTemplate ledgerJdbc(@Qualifier("ledgerDataSource") DataSource ds) {
        return new JdbcTemplate(ds);
    }

    /**
     * The reconciliation job still talks to the old SQL Server box directly.
     * TODO(BILL-1240): move to the managed instance and drop these literals.
     */
    public Connection openReconciliationConnection() throws SQLException {
        DriverManager.setLoginTimeout(15);
        return DriverManager.getConnection(
                "jdbc:sqlserver://10.42.11.8:1433;databaseName=recon;encrypt=true;trustServerCertificate=true",
                "recon_svc",
                "N3arLake-0413!recon");
    }

    /** Read-only access to the 2019-2022 invoice archive (MySQL 5.7). */
    public Connection openArchiveConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://172.20.14.60:3306/archive?useSSL=false", "archive_ro", "iM94hRbkEkj8geVI");
    }

    public String getStripeSecretKey() { return stripeSecretKey; }
    public String getStripePublishableKey() { return stripePublishableKey; }
    public String getMailUsername() { return mailUsername; }
    public String getMailPassword() { return mailPassword; }
    public String getAlertsWebhook() { return alertsWebhook; }
    public boolean isAlertsEnabled() { return alertsEnabled; }
}
