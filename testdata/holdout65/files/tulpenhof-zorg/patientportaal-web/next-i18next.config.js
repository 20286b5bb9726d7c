// @ts-check
// i18n-configuratie voor het patiëntportaal (Next.js 15, pages router).
// Vertalingen komen in productie uit /public/locales (gebouwd), in development live uit locize.
// LET OP: de locize apiKey is een SCHRIJF-sleutel. Alleen via .env.local, nooit committen.

const LocizeBackend = require('i18next-locize-backend/cjs')
const ChainedBackend = require('i18next-chained-backend').default
const LocalStorageBackend = require('i18next-localstorage-backend').default

const isBrowser = typeof window !== 'undefined'
const isDev = process.env.NODE_ENV === 'development'

/** @type {import('next-i18next').UserConfig} */
module.exports = {
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en', 'tr', 'ar', 'pl'],
  },
  defaultNS: 'common',
  ns: ['common', 'afspraken', 'medicatie', 'profiel'],
  fallbackLng: { ar: ['en'], tr: ['en'], default: ['nl'] },
  interpolation: { escapeValue: false, prefix: '{{', suffix: '}}' },
  backend: {
    backendOptions: [
      { expirationTime: 60 * 60 * 1000 }, // 1 uur cache in localStorage
      {
        projectId: '8e30173a-ed1d-4833-86c4-a01057efb4af',
        version: isDev ? 'latest' : 'production',
        referenceLng: 'nl',
        // apiKey alleen in dev; in CI en productie ontbreekt LOCIZE_API_KEY bewust
        apiKey: isDev ? process.env.LOCIZE_API_KEY : undefined,
        private: false,
      },
    ],
    backends: isBrowser ? [LocalStorageBackend, LocizeBackend] : [],
  },
  saveMissing: isDev && !!process.env.LOCIZE_API_KEY,
  serializeConfig: false,
  use: isBrowser ? [ChainedBackend] : [],
  // voorbeeldwaarden voor de Storybook-mocks; geen echte gegevens
  mockValues: {
    naam: 'J. Jansen',
    bsn: 'XXXXXXXXX',
    email: 'patient(at)voorbeeld',
    telefoon: '06-XXXXXXXX',
  },
}
// .env.example:
//   LOCIZE_API_KEY=<alleen-lokaal>
//   LOCIZE_PROJECT_ID=8e30173a-ed1d-4833-86c4-a01057efb4af
