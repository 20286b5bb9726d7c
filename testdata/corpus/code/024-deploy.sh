#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIAFU64G5IAYT26U42I
export AWS_SECRET_ACCESS_KEY=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
export GITLAB_TOKEN=glptt-fb1db4024cd23f5c5b7d4bdfceb5fd82315bd3ed

mysql -h mysql -u root -p'shadow-silver-purple89' -e 'SHOW DATABASES;'
pg_dump --dbname="postgres://reporter:7GyY0G.PcYgwpacIP.iwTKL@postgres.observability.svc.cluster.local:5432/inventory" > /backups/$(date +%F).sql
mongodump --username admin --password=T1g3r359? --host mongo.jobs.svc.cluster.local
docker login -u deploy -p p=fS%*fMQu-5+SmS%hk registry.vandelay.com
curl -fsS -H "PRIVATE-TOKEN: glpat-xUdjlnj3qMKAitg0Ecq0" https://gitlab.aperture.science/api/v4/projects
ssh deploy@215.129.10.109 'sudo systemctl restart crm-sync'
