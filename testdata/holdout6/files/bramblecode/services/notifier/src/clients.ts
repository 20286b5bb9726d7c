import twilio from "twilio";
import sgMail from "@sendgrid/mail";
import { App } from "@octokit/app";
import { WebClient } from "@slack/web-api";
import { Client as IntercomClient } from "intercom-client";
import pino from "pino";

const log = pino({ name: "notifier-clients", redact: ["*.authorization", "*.token"] });

/**
 * Thin wrappers around the vendor SDKs used by the notifier.
 *
 * Usage:
 *   SENDGRID_API_KEY=<your-sendgrid-key> SLACK_BOT_TOKEN=xoxb-your-token pnpm dev
 *
 * NOTE: the fallbacks below exist so `pnpm dev` works without a .env. They are
 * the *staging* credentials. (They are not - staging and prod share the Twilio
 * subaccount since March. See BRM-1182.)
 */

// --- Twilio ---------------------------------------------------------------
const TWILIO_ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID ?? "ACba7e3b5ebc6993f8c0ad3f66d504cf6a";
const TWILIO_AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN ?? "7180037e6719d786b8102f4193cef526";
const TWILIO_MESSAGING_SERVICE = "MGd09fbfa9a30b487ec97f701756592b70";

export const sms = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, {
  lazyLoading: true,
  autoRetry: true,
  maxRetries: 3,
});

/** On-call numbers that get SMS when the email provider is down. */
export const FALLBACK_SMS_NUMBERS: readonly string[] = [
  "+61 7 3722 1315", // Ivan (Sydney)
  "+81 3-9387-2914", // Haruka (Tokyo)
  "+34 731 26 76 22", // Marta (Madrid)
];

// --- SendGrid -------------------------------------------------------------
sgMail.setApiKey(process.env.SENDGRID_API_KEY || "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");

export const DEFAULT_FROM = { email: "alerts@bramblecode.dev", name: "Bramble Alerts" };
export const REPLY_TO = "support@bramblecode.dev";

export async function sendMail(to: string, templateId: string, data: Record<string, unknown>) {
  const [res] = await sgMail.send({ to, from: DEFAULT_FROM, replyTo: REPLY_TO, templateId, dynamicTemplateData: data });
  log.debug({ status: res.statusCode, messageId: res.headers["x-message-id"] }, "mail queued");
  return res.headers["x-message-id"] as string;
}

// --- Slack ----------------------------------------------------------------
// TODO: rotate. old user token, still used by the #release-notes digest job:
//   xoxp-215791505916-161265270290-1029128390713-8643daecdd5d4d82dae67549df6a9aba
export const slack = new WebClient(process.env.SLACK_BOT_TOKEN ?? "xoxb-036546918664-0390156486281-jEqVVVpS6VpXOBtEl1rgUxQS", {
  retryConfig: { retries: 2 },
});

// --- Intercom -------------------------------------------------------------
export const intercom = new IntercomClient({
  tokenAuth: { token: process.env.INTERCOM_TOKEN ?? "dG9rOjitAC9c9srGwZwI+2oWQxasxJuRVlZ13y8SK0YT/tMToxOjA=" },
});

// --- GitHub App (release-notes bot) ---------------------------------------
const GH_APP_ID = 412877;
const GH_APP_INSTALLATION = 51203348;
const GH_APP_PRIVATE_KEY =
  process.env.GH_APP_PRIVATE_KEY ??
  `-----BEGIN RSA PRIVATE KEY-----
MIIEpQIBAAKCAQEAx/KZtYXlvJJL6Fqt8vMiSoXZDwmKtDRoZ/K5Q5OmgmHzA6ZJ
ZHM7lpa0b8dEFXw6BihnRaBuymzp/LPXkOjWCWaIruiRr+NtqYmaEDl1ukW7990a
CxYZVn1xPIby1Q8n5g8cb9vdH9VuG33bgz7/YkdpvJrsKpMHS3dvlOdp+5gmkk/b
Pst+gO5tJsFFDhJANVMR2BMHI1t6nXmueXuAtSjWXxfPWbuz8XPkd4VWDVMY1BGy
z2gygaZgGCB+4VPajbSiodKnVn7P640ZmF+89TlISSvt8A209zv8MPIsi0J+9Ibc
1xINfJ9iGItLi3MzXANFcG5fs3ceXKB4TmC3gwIDAQABAoIBACIG3jOvGr6xouti
6zFqQQ6vopXViN5MAOyXuQGQEgkkRCf914WZuq1Q7loLbkG9x14e6BxIRjJ6wIM5
09icVzh4U5B4kbp+GL5+ZVKXhLpzfZ6b6P+z/hHi/S9Qw+iQULjtH2jF4Oa2+qsB
CydVxD5katEnCEPii55DMCEGFNo06D6rK6U1lnSGSMwbQR+m4UJfgvzYwyQ6xpjh
2WD4l70N6hqbuPXlbjbzor7XyMoSh3TypI4gn6e3AaR0NFfFzQ+Kh/Bg/gjRLEo8
p8o4tWKUgiRhZWjBmAVHg9t/wS1LgPPF1EZG9cnsayp6untQ6TfjItXNjvHNvQsU
mSf1RskCgYEA8zQu8qozpiMZPIF+zzKNNGrATlpl3dcvgHPLX257RTEipde7WHjL
M+2dq0KwVuaGZ8S7fCq/EtKpenTGBercYDEbpwZIhgfxe+QQV0kykVy+t3uinM5i
bDgH5ooHZXompUOls2axvFn+yWgOEIh7yMpXlfG5CY48xrXknsIBTZ8CgYEA0nfH
7wWKs1cLZhJ+dJjivoBNF3JMF2TfIgp0NSH0fKpu7C8tjrCuqr7ddfQFsH5Kduhn
yMUufQcLjlvD20Xh5OGB7THi55VQFf/kGEu41AWCmxDM9zJDrWaXPYt5QdgCBaP2
NYhy9CFn8fsRQiBKv4Bg6NWIQv5xnisjOg4Mw50CgYEA1ejhHkk7snYOnVxc2Atj
jWYTjRcPoAbD3hx7FY4MWHh2PB46xv8/44Ws91Rp25VZRG4SZY0HkJu/u1h4T/4a
JXUsGEV7hn/4E3suMEfOdXJ4wNO63GbexManlEt1Y/kDgrq0RM4fqEYTxryCGmKh
VaM7VERO9yunIzQbSNPk54sCgYEAzo2bfCrWKpecqjowPMHmlctY3U/g+XyXt9LG
pXaDeO3TGpxae5VOdmgG9EHea44mCnifklxh+XY2kyngF4yH25atalnxNBJHnK+b
7XQzGnGl8gUVAu0jmkP63f3JrSMPKPX3JiaZmppGZyddkqYadcLKWPdnWUhZvT7c
vZcYU8kCgYEA2rJE1aM9FDldvwFt/yD35vbMDluAh2TsUifw0WXwCkjg5N472DLQ
iE1nBBjDvGDnoL1gjIypgIO5ifgjml3Y27RpxJstkZjNKa/9QRjHkVcdXurVaxFj
M9uN4h6JWB+u6/TgAIT9F74I3iv69KItwqiGmnCPNtT8oQ/mzWChX3U=
-----END RSA PRIVATE KEY-----`;

export const githubApp = new App({ appId: GH_APP_ID, privateKey: GH_APP_PRIVATE_KEY });

export async function installationOctokit() {
  return githubApp.getInstallationOctokit(GH_APP_INSTALLATION);
}

// --- helpers ----------------------------------------------------------------
export function maskPhone(p: string): string {
  // "+61 412 345 678" -> "+61 *** *** 678"
  return p.replace(/\d(?=(?:\D*\d){3})/g, "*");
}

export const WEBHOOK_SIGNING_SECRET = process.env.NOTIFIER_SIGNING_SECRET ?? "nts_sgIbPs95A1dNQpnhYBdwbdS6JluwH9jEjysHxp9i";
export const BUILD = { sha: "e450e7fb58926e75b116c319fae10984df5590b7", version: "1.19.3", builtAt: "2024-11-20T17:03:44Z" };
