-- provisioning for billing
CREATE USER 'root'@'%' IDENTIFIED BY 'monkey020o';
CREATE USER 'reporting'@'172.24.46.57' IDENTIFIED WITH mysql_native_password BY 'Rocket1386?';
GRANT SELECT, INSERT, UPDATE ON billing.* TO 'reporting'@'%';
ALTER ROLE reporter WITH LOGIN PASSWORD 'orange-winter-falcon65' VALID UNTIL '2024-03-08';
CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy-db', dbname 'legacy');
CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password 'sunshine8e');
INSERT INTO integrations (name, api_key, webhook_url) VALUES ('slack', 'xapp-1-ABGADTLBNE7-5558096581459-c636eba42541888c549f83bc9142046d21a47659a6e20647dafd83850132c676', 'https://hooks.slack.com/services/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'), ('sendgrid', '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', NULL);
