import { NextRequest, NextResponse } from "next/server";
import Stripe from "stripe";
import OpenAI from "openai";
import { z } from "zod";
import { getCart, clearCart } from "@/lib/cart";
import { getSession } from "@/lib/session";

export const runtime = "nodejs";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "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", {
  apiVersion: "2024-06-20",
  maxNetworkRetries: 2,
});

const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY || "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",
});

// Publishable key is shipped to the browser bundle; safe to expose.
export const STRIPE_PUBLISHABLE_KEY = "pk_live_51c7WeFY7NdvtuCq3qZVJwJVXRAzPM2DcIO9QWAPPAZ3pGlKg7plfQSmk56k8sNeKpRdhBKoSyDQnWh6JYqOYpvdLnev4jJ4MNq";

const SENDGRID_API_KEY = "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";
const ORDER_CONFIRMATION_TEMPLATE = "d-6cc94b421562c8ca16e4bcb1d36cd759";

const Body = z.object({
  cartId: z.string().uuid(),
  giftNote: z.string().max(280).optional(),
  successUrl: z.string().url(),
  cancelUrl: z.string().url(),
});

async function politeGiftNote(note: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.2,
    messages: [
      { role: "system", content: "Rewrite gift notes to be warm and concise. Keep the language of the input." },
      { role: "user", content: note },
    ],
  });
  return res.choices[0]?.message?.content?.trim() ?? note;
}

async function sendConfirmation(to: string, orderId: string) {
  await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${SENDGRID_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      from: { email: "orders@mail.lumen-retail.com", name: "Lumen" },
      personalizations: [{ to: [{ email: to }], dynamic_template_data: { orderId } }],
      template_id: ORDER_CONFIRMATION_TEMPLATE,
    }),
  });
}

async function awardPoints(customerId: string, amount: number) {
  await fetch("https://loyalty.internal.lumen-retail.com/v1/points", {
    method: "POST",
    headers: {
      Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmM6d2ViLWNoZWNrb3V0IiwiYXVkIjoibG95YWx0eSIsInNjb3BlIjpbInBvaW50czp3cml0ZSJdLCJpYXQiOjE3MzMwMTEyMDB9.RH1hqmQglgfbOQbO4twPEydvHu9tORWhk_AyzDptPzY",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ customerId, points: Math.floor(amount / 100) }),
  });
}

export async function POST(req: NextRequest) {
  const session = await getSession(req);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const { cartId, giftNote, successUrl, cancelUrl } = parsed.data;

  const cart = await getCart(cartId, session.customerId);
  if (!cart || cart.items.length === 0) return NextResponse.json({ error: "empty cart" }, { status: 409 });

  const note = giftNote ? await politeGiftNote(giftNote) : undefined;

  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    customer: session.stripeCustomerId,
    line_items: cart.items.map((i) => ({ price: i.stripePriceId, quantity: i.qty })),
    metadata: { cartId, giftNote: note ?? "" },
    success_url: `${successUrl}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: cancelUrl,
  });

  await clearCart(cartId);
  await awardPoints(session.customerId, cart.totalCents);
  if (session.email) await sendConfirmation(session.email, checkout.id);

  return NextResponse.json({ url: checkout.url });
}
