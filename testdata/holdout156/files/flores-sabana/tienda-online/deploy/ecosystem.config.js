// PM2 - tienda-sabana (Node 20 LTS) - servidor tienda-prod-01
// Uso: pm2 start ecosystem.config.js --env production
// OJO: las llaves deberían venir de /etc/tienda/.env (ticket TI-212), mientras tanto van aquí.
module.exports = {
  apps: [
    {
      name: 'tienda-api',
      script: './dist/server.js',
      instances: 2,
      exec_mode: 'cluster',
      max_memory_restart: '512M',
      time: true,
      env_production: {
        NODE_ENV: 'production',
        PORT: 3100,
        TZ: 'America/Bogota',
        DATABASE_URL: 'mysql://tienda:8P630wESRuIRqiIVj8@db-tienda.rpaurwye0ute.us-east-1.rds.amazonaws.com:3306/tienda_sabana',
        WOMPI_PUBLIC_KEY: 'pub_prod_99uAIb0jVAbwZsXQedyKvvlSHludwBay',
        WOMPI_PRIVATE_KEY: 'prv_prod_OKhfRusph5H3EJcet6rClny6lQPDUgoI',
        WOMPI_EVENTS_SECRET: 'prod_events_9YZzCVwLWkfTH0mGic05X1V1rkXQOFBj',
        WOMPI_INTEGRITY_SECRET: process.env.WOMPI_INTEGRITY_SECRET, // ya migrado (TI-212)
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIA6ZEPZO6CYSZLOQT7',
        AWS_SECRET_ACCESS_KEY: '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',
        S3_BUCKET_FOTOS: 'flores-sabana-fotos-entrega',
        SENTRY_RELEASE: 'tienda-api@2.9.4+dbb4540',
        DOMICILIOS_MIN_COP: 14000,
      },
    },
    {
      name: 'tienda-worker',
      script: './dist/worker.js',
      instances: 1,
      cron_restart: '15 4 * * *',
      env_production: {
        NODE_ENV: 'production',
        QUEUE_CONCURRENCY: 8,
        MENSAJEROS_API_URL: 'https://api.mensajerosurbanos.com/v2',
        MENSAJEROS_API_AUTH: 'Basic ZmxvcmVzc2FiYW5hOklNcmJmcUhKWWhPclgzV1A=',
        FACTURACION_PROVEEDOR: 'https://facturacion.floressabana.co/api/v1',
        FACTURACION_NIT: '901447218-6',
      },
    },
  ],
  deploy: {
    production: {
      user: 'deploy',
      host: ['tienda-prod-01.floressabana.co'],
      ref: 'origin/main',
      repo: 'https://github.com/flores-sabana/tienda-sabana.git',
      path: '/srv/tienda-sabana',
      'post-deploy': 'npm ci --omit=dev && npm run build && pm2 reload ecosystem.config.js --env production',
    },
  },
};
