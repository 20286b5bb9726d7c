-- provisioning for events
CREATE USER 'admin'@'%' IDENTIFIED BY 'sunshine1593c';
CREATE USER 'reporting'@'192.168.235.106' IDENTIFIED WITH mysql_native_password BY 'pumpkin875v';
GRANT SELECT, INSERT, UPDATE ON events.* TO 'reporting'@'%';
ALTER ROLE django WITH LOGIN PASSWORD 'Rocket1467-' VALID UNTIL '2024-07-01';
CREATE SERVER legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'legacy-db-sandbox.zgwhht71jj06.ap-northeast-1.rds.amazonaws.com', dbname 'legacy');
CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy_ro', password 'Purpl322!');
INSERT INTO integrations (name, api_key, webhook_url) VALUES ('slack', 'xapp-1-AFLLBF6PNMK-4324880694732-31a5e2c64a087c913fb509bfcfaa448397742a3c82c008b8baa3592405f90947', 'https://hooks.slack.com/services/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'), ('sendgrid', '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', NULL);
