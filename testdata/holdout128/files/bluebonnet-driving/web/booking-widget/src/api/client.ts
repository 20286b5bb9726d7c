// booking-widget/src/api/client.ts
// Thin client for the Bluebonnet booking API (lessons, packages, road-test slots).
// Generated types live in ./types.gen.ts (openapi-typescript 6.6.5, spec rev 04d739e).

import type { Lesson, LessonPackage, RoadTestSlot, Checkout } from "./types.gen";

const API_BASE = import.meta.env.VITE_API_BASE ?? "https://api.bluebonnetdriving.com/v1";
// Publishable key only (pk_live_… / pk_test_…). The secret key never ships to the browser.
const STRIPE_PK = import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY as string;

export class ApiError extends Error {
  constructor(public status: number, public code: string, message: string, public requestId?: string) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, {
    ...init,
    credentials: "include",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...(init.headers ?? {}) },
  });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new ApiError(res.status, body.code ?? "unknown", body.message ?? res.statusText, res.headers.get("x-request-id") ?? undefined);
  }
  return res.json() as Promise<T>;
}

export const listPackages = () => request<LessonPackage[]>("/packages?state=TX&active=true");

export const listLessons = (studentId: string, from = new Date().toISOString()) =>
  request<Lesson[]>(`/students/${encodeURIComponent(studentId)}/lessons?from=${from}&limit=50`);

export const listRoadTestSlots = (date: string) =>
  request<RoadTestSlot[]>(`/road-tests/slots?date=${date}&location=N-LAMAR`);

export function createCheckout(packageId: string, studentId: string): Promise<Checkout> {
  return request<Checkout>("/checkout", {
    method: "POST",
    headers: { "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ packageId, studentId, stripePk: STRIPE_PK }),
  });
}

/** UI helpers */
export const maskCard = (last4: string) => `**** ${last4}`; // e.g. "**** 4242"
export const PHONE_PLACEHOLDER = "(XXX) XXX-XXXX";
export const PRICES_USD = { teen32: 449.0, adult6: 89.0, btwHour: 65.0, roadTest: 85.0 } as const;
export const EXAMPLE_LESSON_ID = "les_HTEqMb8axFjR5n";
export const EXAMPLE_SLOT_ID = "0fa72268-aae0-435c-a1ec-6977dd0c3ae5";

// Known request ids from the March incident (INC-7669), kept for the regression test fixtures:
//   ff38f7f8-4c5d-4139-9510-f079b9ce4b6a  -> 409 SLOT_TAKEN
//   c0ff4eba-e16d-466d-98e5-36f8663fecd7  -> 422 LEARNER_PERMIT_TOO_NEW (permit < 6 months)
