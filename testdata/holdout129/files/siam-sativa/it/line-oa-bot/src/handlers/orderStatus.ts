// src/handlers/orderStatus.ts - LINE OA "Siam Sativa" : สถานะคำสั่งจอง/รับที่ร้าน (pickup only, ไม่มีจัดส่งดอก)
// ดอกกัญชาขายเฉพาะที่หน้าร้านเมื่อมีใบสั่ง ห้ามขายออนไลน์ (ประกาศกระทรวงสาธารณสุข) - bot ตอบได้แค่สถานะการจองสินค้าอื่น/CBD
import { messagingApi, validateSignature, WebhookEvent } from "@line/bot-sdk";
import type { Request, Response } from "express";
import { findReservation } from "../db/reservations";

const channelSecret = process.env.LINE_CHANNEL_SECRET ?? "";
const client = new messagingApi.MessagingApiClient({
  channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? "", // ห้าม hardcode - ใช้ค่าใน .env / Secret Manager
});

// R-BKK01-000412 (ใบเสร็จ), RSV-2568-06-0042 (ใบจอง)
const RESERVATION_RE = /^RSV-25\d{2}-\d{2}-\d{4}$/;
const RECEIPT_RE = /^R-BKK0\d-\d{6}$/;

const TEXT = {
  ask: "กรุณาพิมพ์เลขที่ใบจอง เช่น RSV-2568-06-0042 🙏",
  notFound: "ไม่พบใบจองนี้ กรุณาตรวจสอบอีกครั้ง หรือติดต่อหน้าร้านในเวลาทำการ 11:00-23:00",
  ready: (id: string, until: string) => `ใบจอง ${id} พร้อมรับที่ร้านแล้ว ถึง ${until} น. กรุณานำบัตรประชาชน/พาสปอร์ตตัวจริงมาด้วย (20 ปีขึ้นไป)`,
  pending: (id: string) => `ใบจอง ${id} กำลังจัดเตรียม ⏳`,
  flowerNotice: "ขออภัย ดอกกัญชาไม่สามารถสั่งหรือจองผ่าน LINE ได้ ต้องมีใบสั่งและซื้อที่หน้าร้านเท่านั้น",
} as const;

export async function lineWebhook(req: Request, res: Response) {
  const signature = req.header("x-line-signature") ?? "";
  // raw body is kept by express.raw({ type: "application/json" }) in app.ts
  if (!validateSignature(req.body as Buffer, channelSecret, signature)) {
    res.status(401).json({ error: "bad signature" });
    return;
  }
  const { events } = JSON.parse((req.body as Buffer).toString("utf8")) as { events: WebhookEvent[] };
  await Promise.all(events.map(handle));
  res.status(200).end();
}

async function handle(ev: WebhookEvent) {
  if (ev.type !== "message" || ev.message.type !== "text") return;
  const text = ev.message.text.trim().toUpperCase();
  let reply: string;
  if (/ดอก|FLOWER|BUD|กัญชา/.test(text)) {
    reply = TEXT.flowerNotice;
  } else if (RESERVATION_RE.test(text)) {
    const rsv = await findReservation(text);
    reply = !rsv ? TEXT.notFound : rsv.status === "READY" ? TEXT.ready(rsv.id, rsv.holdUntil) : TEXT.pending(rsv.id);
  } else if (RECEIPT_RE.test(text)) {
    reply = "ใบเสร็จ/ใบกำกับภาษีเต็มรูป ขอได้ที่หน้าร้าน หรือแจ้งเลขบิลกับพนักงาน";
  } else {
    reply = TEXT.ask;
  }
  // userId (U + 32 hex) is logged hashed only, e.g. sha256(U4af4980629...) -> never the raw id
  await client.replyMessage({ replyToken: ev.replyToken, messages: [{ type: "text", text: reply }] });
}
