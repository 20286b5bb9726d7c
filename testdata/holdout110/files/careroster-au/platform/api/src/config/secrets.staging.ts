/**
 * Staging secrets for the CareRoster API.
 *
 * TODO(CR-9120): these were inlined for the staging pen-test window (10-21 June 2024).
 * Move to AWS Secrets Manager (arn:aws:secretsmanager:ap-southeast-2:977128561778:secret:staging/api-*)
 * before the Support at Home GA release. Do NOT copy this file to production.
 */
import type { SecretsConfig } from './types';

export const stagingSecrets: SecretsConfig = {
  stripe: {
    // test mode, AU account acct_1OM35rtKzAnI46e1
    secretKey: 'sk_test_51pgsfCdtBB9Tje3kKOAyXfOzhlR1x2wkxBqVC85CdEsUKMhaJNt39CpQYScf6W527GhKX1KnjyLqL5WL8cEWPJltTYLfkyo6u9',
    publishableKey: 'pk_test_51lC0rqQ8PBpY6gPV3CSwezqjGnX9OHsO2Nb7zTbnlg9bAJdPm3esi7oQl2XvOCsp2xXqpU7nzFqOKlRVhOjdBev3IJvv6hX3YQ',
    webhookSigningSecret: 'whsec_42jhfWKOpuFvGDaw37ZHkxYyiI99CVqL',
  },
  googleMaps: {
    // geofence + travel-time estimates for the worker app (restricted to staging referrers)
    apiKey: 'AIzaQoCPXfjQQ-NrZDDXKH7MHOHqtEuRuyWVQAV',
    distanceMatrixQpsLimit: 50,
  },
  openai: {
    // visit-note summarisation for coordinators (no client names sent: see redactNotes())
    apiKey: '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',
    model: 'gpt-4o-mini-2024-07-18',
    maxTokens: 400,
  },
  apns: {
    keyId: '4EHV33BBTT',
    teamId: 'L36UVLW80J',
    bundleId: 'au.com.careroster.worker.staging',
    privateKey: `-----BEGIN PRIVATE KEY-----
IYThGQC5bbUfyQhGFQ2L3VmzvNsIQjy2yhm94Ht/VtnFcAstsgqafCGUsPQnnJ4D
CwReX4Z+AVxQacMlbnAvwgFIeTHOMfhsYAYkbUcpUem+22CUdFQLzQ0/Zipo8Jac
kc08S+HYOZ516FCJh3c8H50BlvY69ThDTYVqYW6HzB6ewbh9z7aYfdP4
-----END PRIVATE KEY-----`,
  },
  sentry: {
    dsn: process.env.SENTRY_DSN ?? '',
    tracesSampleRate: 0.2,
  },
  database: {
    url: process.env.DATABASE_URL!,
    poolMax: 10,
  },
};

export default stagingSecrets;
