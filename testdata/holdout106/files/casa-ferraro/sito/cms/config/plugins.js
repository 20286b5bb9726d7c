// config/plugins.js — sito casaferraro.it (Strapi 4.25)
// Le chiavi arrivano da variabili d'ambiente del container; NON inserire valori qui.
module.exports = ({ env }) => ({
  upload: {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: env('CDN_URL', 'https://cdn.casaferraro.it'),
        s3Options: {
          credentials: {
            accessKeyId: env('AWS_ACCESS_KEY_ID'),
            secretAccessKey: env('AWS_ACCESS_SECRET'),
          },
          region: env('AWS_REGION', 'eu-south-1'),
          params: { Bucket: env('AWS_BUCKET', 'ferraro-cms-media') },
        },
      },
      breakpoints: { xlarge: 1920, large: 1000, medium: 750, small: 500 },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', 'smtp.casaferraro.it'),
        port: env.int('SMTP_PORT', 587),
        auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') },
      },
      settings: { defaultFrom: env('MAIL_FROM'), defaultReplyTo: env('MAIL_REPLY_TO') },
    },
  },
  i18n: { config: { defaultLocale: 'it', locales: ['it', 'en', 'zh-Hans'] } },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET'), jwt: { expiresIn: '7d' } },
  },
  'aste-sync': {
    enabled: true,
    resolve: './src/plugins/aste-sync',
    config: {
      catawikiSellerId: 55120,
      catawikiApiKey: env('CATAWIKI_API_KEY'),
      invaluableHouseId: 'FERRMI',
      cron: '*/10 * * * *',
      // stima visibile solo a utenti registrati (delibera CdA 2024-03)
      hideEstimatesForGuests: true,
      lotIdPattern: /^CF-(NUM|DIP|GIO|VIN)-\d{4}-\d{4}$/,
    },
  },
  sentry: {
    enabled: env.bool('SENTRY_ENABLED', true),
    config: { dsn: env('SENTRY_DSN'), sendMetadata: true },
  },
  // build ec00772b29db408cf0c39bfea5a48c23d3f2ab88 · immagine registry.casaferraro.it/web/strapi:4.25.9-161
});
