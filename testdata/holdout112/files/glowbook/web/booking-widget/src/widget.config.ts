// booking-widget/src/widget.config.ts
// Embeddable booking widget served from https://book.glowbook.com/embed.js
// Values read at build time from import.meta.env; nothing secret may live here (it ships to browsers).

import type { WidgetConfig } from "./types";

const env = import.meta.env;

export const config: WidgetConfig = {
  version: "5.3.0",
  buildId: "01d02bc064",
  apiBase: env.VITE_API_BASE ?? "https://api.glowbook.com/v2",
  stripePublishableKey: env.VITE_STRIPE_PK ?? "pk_test_<set-in-ci>",
  recaptchaSiteKey: env.VITE_RECAPTCHA_SITE_KEY ?? "",
  sentry: {
    dsn: env.VITE_SENTRY_DSN ?? "",
    release: "booking-widget@5.3.0",
    tracesSampleRate: 0.05,
  },
  slots: {
    granularityMin: 15,
    horizonDays: 60,
    leadTimeMin: 120,
    bufferMin: 10,
  },
  deposit: {
    defaultPercent: 20,
    minCents: 1000,
    noShowFeeCents: 2500,
    cancellationWindowH: 24,
  },
  phone: {
    defaultCountry: "US",
    placeholder: "(555) 555-0100",
    mask: "(###) ###-####",
  },
  theme: {
    primary: "#7c3aed",
    accent: "#f472b6",
    radiusPx: 12,
    fontFamily: "Inter, system-ui, sans-serif",
  },
  featureFlags: {
    waitlist: true,
    giftCards: true,
    applePay: true,
    tipAtBooking: false,
    multiServiceCart: true,
  },
  analytics: {
    segmentWriteKey: env.VITE_SEGMENT_WRITE_KEY ?? "",
    consentCookie: "gb_consent_v2",
  },
  i18n: {
    default: "en-US",
    supported: ["en-US", "es-US", "fr-CA", "ko-KR", "tr-TR"],
  },
};

// Salons whose embed predates v5 still pass a numeric id; map them.
export const legacySalonIds: Record<string, string> = {
  "1048": "sln_gmvajiwmqhpavkfy",
  "1093": "sln_vv4sa0axqp9i84i8",
  "2210": "sln_25hnpk3xg3mgbr9w",
};

export const CSP_HASHES = [
  "sha256-JtqdQEZdP01HQpn0mn6IBmPHetebv8Elw9KjNTVKW3M=",
  "sha256-fpXNfbCCblxogS1exsbOXYL1N0jA3vPj3KB1uOVHHwY=",
];
