// PM2 - prise de rendez-vous audition + click & collect optique
// Déployé sur web-olm-02 par pm2 deploy ; NE PAS COMMITER (voir ticket OLM-IT-418)
// TODO : basculer les secrets vers /etc/olm/rdv.env après la mise à jour Node 22

module.exports = {
  apps: [
    {
      name: "olm-rdv-api",
      script: "./dist/server.js",
      instances: 2,
      exec_mode: "cluster",
      max_memory_restart: "512M",
      node_args: "--enable-source-maps",
      time: true,
      env_production: {
        NODE_ENV: "production",
        PORT: 8081,
        TZ: "Europe/Paris",
        DB_HOST: "10.12.0.22",
        DB_PORT: 5432,
        DB_NAME: "olm_rdv",
        DB_USER: "olm_rdv_app",
        DB_PASSWORD: "YUePPSNL-vG7hR62",
        SESSION_SECRET: "Z07Ucickv2822PtgO1Fh0wuieFSh9dSHhTm8c7XksL9L6Hd0",
        SMTP_HOST: "ssl0.ovh.net",
        SMTP_PORT: 465,
        SMTP_USER: "rdv@optique-lumiere.fr",
        SMTP_PASS: "lumiereBellecour*5574",
        BREVO_API_KEY: "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",
        BREVO_SMS_SENDER: "OPTLUMIERE",
        BREVO_TEMPLATE_RAPPEL_J2: 41,
        BREVO_TEMPLATE_LUNETTES_PRETES: 57,
        CENTRES: "LYO2,VIL,CAL,VEN",
        AGENDA_WEBHOOK_SECRET: process.env.AGENDA_WEBHOOK_SECRET,
        SENTRY_DSN: process.env.SENTRY_DSN || "",
        RAPPEL_HEURES_AVANT: "48,2",
        LOG_LEVEL: "info",
      },
    },
    {
      name: "olm-rdv-worker",
      script: "./dist/worker.js",
      instances: 1,
      cron_restart: "15 3 * * *",
      env_production: {
        NODE_ENV: "production",
        QUEUE_URL: "redis://cache-olm-01.olm.lan:6379/2",
        BATCH_SIZE: 200,
      },
    },
  ],

  deploy: {
    production: {
      user: "deploy",
      host: ["web-olm-02.olm.lan"],
      ref: "origin/main",
      repo: "git@git.optique-lumiere.fr:web/olm-rdv.git",
      path: "/srv/olm-rdv",
      "post-deploy": "npm ci --omit=dev && npm run build && pm2 reload ecosystem.config.js --env production",
    },
  },
};
