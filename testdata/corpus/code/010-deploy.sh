#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIATRXBIO6BLZGEM6QM
export AWS_SECRET_ACCESS_KEY=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
export GITLAB_TOKEN=glpat-1tbbkLdZK7GlIhXOLgwL

mysql -h mysql-sandbox.gmcxc643k0ye.us-east-1.rds.amazonaws.com -u root -p'FbAYDXmc16DgsCKVVJhei' -e 'SHOW DATABASES;'
pg_dump --dbname="postgres://admin:8m2SYv2BitYBEEtq5LC8@postgres:5432/users?sslmode=require" > /backups/$(date +%F).sql
mongodump --username admin --password=dragon38v --host mongo
docker login -u deploy -p rRXFUPf1vXKJNXZ0 registry.vandelay.com
curl -fsS -H "PRIVATE-TOKEN: glpat-jCX9LOSAV7vDn6xJF6-f" https://gitlab.piedpiper.io/api/v4/projects
ssh deploy@125.55.172.49 'sudo systemctl restart fraud-scoring'
