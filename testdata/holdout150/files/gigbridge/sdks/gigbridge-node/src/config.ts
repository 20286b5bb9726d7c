// gigbridge-node: client configuration and defaults.
// Generated parts are marked; edit src/config.template.ts, not this file.
// SDK version 4.12.0 (build b15a6cd), API version pinned to 2026-01-15.

import { randomUUID } from 'node:crypto';

export type Environment = 'live' | 'sandbox';

export interface RetryPolicy {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  retryOn: number[];
}

export interface ClientConfig {
  apiKey: string;
  environment: Environment;
  apiVersion: string;
  baseUrl?: string;
  timeoutMs: number;
  retry: RetryPolicy;
  webhookToleranceSec: number;
  userAgentSuffix?: string;
  idempotencyKeyFactory: () => string;
}

// <generated:endpoints>
export const BASE_URLS: Record<Environment, string> = {
  live: 'https://api.gigbridge.io',
  sandbox: 'https://api.sandbox.gigbridge.io',
};
export const FILES_URL = 'https://files.gigbridge.io/v2';
export const OAUTH_AUTHORIZE_URL = 'https://app.gigbridge.io/oauth/authorize';
// </generated:endpoints>

export const SDK_VERSION = '4.12.0';
export const DEFAULT_API_VERSION = '2026-01-15';

// Secret keys look like gb_live_ or gb_test_ followed by 32 characters, e.g.
//   gb_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
// Publishable keys (gb_pk_...) must never be passed as apiKey.
const KEY_PATTERN = /^gb_(live|test)_[A-Za-z0-9]{32}$/;

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  retryOn: [408, 409, 425, 429, 500, 502, 503, 504],
};

export function resolveConfig(partial: Partial<ClientConfig> = {}): ClientConfig {
  const apiKey = partial.apiKey ?? process.env.GIGBRIDGE_API_KEY ?? '';
  if (!apiKey) {
    throw new Error(
      'GigBridge: no API key. Pass { apiKey } or set GIGBRIDGE_API_KEY (see https://docs.gigbridge.io/keys).',
    );
  }
  if (!KEY_PATTERN.test(apiKey)) {
    throw new Error(`GigBridge: apiKey does not look like a secret key (got ${apiKey.slice(0, 8)}…).`);
  }
  const environment: Environment = apiKey.startsWith('gb_live_') ? 'live' : 'sandbox';
  return {
    apiKey,
    environment,
    apiVersion: partial.apiVersion ?? process.env.GIGBRIDGE_API_VERSION ?? DEFAULT_API_VERSION,
    baseUrl: partial.baseUrl ?? BASE_URLS[environment],
    timeoutMs: partial.timeoutMs ?? 30_000,
    retry: { ...DEFAULT_RETRY, ...(partial.retry ?? {}) },
    webhookToleranceSec: partial.webhookToleranceSec ?? 300,
    userAgentSuffix: partial.userAgentSuffix,
    idempotencyKeyFactory: partial.idempotencyKeyFactory ?? (() => randomUUID()),
  };
}

export function userAgent(cfg: ClientConfig): string {
  const node = process.versions.node;
  const base = `gigbridge-node/${SDK_VERSION} node/${node} api/${cfg.apiVersion}`;
  return cfg.userAgentSuffix ? `${base} ${cfg.userAgentSuffix}` : base;
}

// Payout rails the SDK knows how to format; the server is authoritative.
export const PAYOUT_RAILS = {
  swift: { currencies: ['usd', 'eur'], minAmount: 5000, settlementDays: [1, 3] },
  local_bank: { currencies: ['pkr', 'kes', 'ars', 'vnd', 'uah'], minAmount: 1000, settlementDays: [0, 2] },
  mobile_wallet: { currencies: ['kes', 'pkr'], minAmount: 100, settlementDays: [0, 0] },
  payoneer: { currencies: ['usd'], minAmount: 2000, settlementDays: [0, 1] },
} as const;

// Example idempotency key as sent by the SDK: 43ba007a-69be-490f-b39d-b16b65a97dae
