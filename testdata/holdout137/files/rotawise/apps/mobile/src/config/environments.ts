// apps/mobile/src/config/environments.ts
// Public, client-side configuration only. Everything here ships inside the app bundle and is
// visible to anyone who unzips the APK/IPA. Secrets belong on the server (see docs/security.md).

export type EnvName = 'development' | 'staging' | 'production';

export interface AppEnvironment {
  apiBaseUrl: string;
  authIssuer: string;
  oauthClientId: string; // public PKCE client, no secret
  stripePublishableKey: string;
  mapboxPublicToken: string;
  sentryDsn: string;
  oneSignalAppId: string;
  featureFlags: Record<string, boolean>;
}

const shared = {
  oneSignalAppId: '792779c6-7747-47de-97c1-2236ac0731b9',
  featureFlags: {
    selfieClockIn: true,
    whatsappOffers: false,
    instantPay: false, // blocked on PLAT-2144 (FCA review)
  },
};

export const environments: Record<EnvName, AppEnvironment> = {
  development: {
    ...shared,
    apiBaseUrl: 'http://localhost:8080/v2',
    authIssuer: 'http://localhost:9000/',
    oauthClientId: 'rw-mobile-dev',
    stripePublishableKey: 'pk_test_<set-in-.env.local>',
    mapboxPublicToken: process.env.EXPO_PUBLIC_MAPBOX_TOKEN ?? '',
    sentryDsn: '',
  },
  staging: {
    ...shared,
    apiBaseUrl: 'https://sandbox.api.rotawise.io/v2',
    authIssuer: 'https://auth.staging.rotawise.io/',
    oauthClientId: 'rw-mobile-staging',
    stripePublishableKey: 'pk_test_51i4ytPYwfObcsVTgC9RAYZDh6dveqKX6SwnYKk0UrWHMWB1zGzlXc98da04yJKOKOZ8LGrCS1aL0Tb7Hmf9iUZ4WQgazwPmWjU',
    mapboxPublicToken: 'pk.eyJ1Ijoicm90YXdpc2UiLCJhIjoiqJiB1RnelJ7JBNDwxc4eHjIn0.60gcSvHF6QS6wTWsW2KO-i',
    sentryDsn: 'https://f6b9c761d34598bd1ba9e55811974254@o4506284227208040.ingest.de.sentry.io/4504608121528864',
  },
  production: {
    ...shared,
    apiBaseUrl: 'https://api.rotawise.io/v2',
    authIssuer: 'https://auth.rotawise.io/',
    oauthClientId: 'rw-mobile',
    stripePublishableKey: 'pk_live_51edulU4MDlswaFlHqRortiCVjKocs7P5OJmKvKY7rs2qHFp4HrSpGTMu0mp7CkfsC8PAqdmuoYbLLfkivpBhnWmXjxoW6HaaqV',
    mapboxPublicToken: 'pk.eyJ1Ijoicm90YXdpc2UiLCJhIjoiqJiB1RnelJ7JBNDwxc4eHjIn0.60gcSvHF6QS6wTWsW2KO-i',
    sentryDsn: 'https://6058a63a440318014f25241210375fa2@o4502569584851532.ingest.de.sentry.io/4501360089593308',
  },
};

export const currentEnv: EnvName = (process.env.EXPO_PUBLIC_APP_ENV as EnvName) ?? 'development';
export default environments[currentEnv];
