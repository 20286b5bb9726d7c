# design-bot runtime environment -- TEMPLATE.
# Rendered at deploy time with `op inject -i .env.tpl -o .env` (1Password Connect, vault "Design").
# Never commit the rendered .env; CI checks that no line here holds a literal secret.
NODE_ENV=production
PORT=8080

FIGMA_TOKEN={{ op://Design/figma-design-bot/credential }}
FIGMA_TEAM_ID=1141029384756102938
NOTION_TOKEN={{ op://Design/notion-design-bot/credential }}
NOTION_DATABASE_ID=bd40f8abbcc61b421fa9984ba9f6ae4a
MATTERMOST_HOOK_TOKEN={{ op://Design/mattermost-outgoing-design-bot/password }}

DATABASE_URL=postgres://design_bot:{{ op://Design/design-bot-db/password }}@design-db.blueheron.internal:5432/design_bot?sslmode=require
REDIS_URL=rediss://:{{ op://Design/design-bot-redis/password }}@design-cache.blueheron.internal:6380/0

# Still served by Vault until the migration finishes (PLAT-1184)
GRAFANA_CLOUD_TOKEN=vault:secret/data/design-bot/grafana#token
NEW_RELIC_USER_KEY=vault:secret/data/design-bot/newrelic#user_key
POSTMAN_API_KEY=${POSTMAN_API_KEY:?set by the CI job}

LOG_LEVEL=info
