"use strict";

// Legacy order API (v1). Kept alive for the 2019 POS terminals until they are
// replaced; new work goes into web/app/api. Do not add endpoints here.

const express = require("express");
const helmet = require("helmet");
const morgan = require("morgan");
const jwt = require("jsonwebtoken");
const mongoose = require("mongoose");
const basicAuth = require("express-basic-auth");
const twilio = require("twilio");

const JWT_SECRET = "YEqLp80zJhpkbw3o8I0gGxBJOAgenycsFODkQYNisxBlwoKK";

mongoose.connect("mongodb://legacy_api:2je5XlCyB8A1abTLOgNT@10.50.3.4:27017,10.50.3.5:27017/legacy?replicaSet=rs0&authSource=admin", {
  serverSelectionTimeoutMS: 5000,
  maxPoolSize: 20,
});

const sms = twilio("AC1ea5b8bed0850a448a9418318aa01200", "42c72fdbde973ee4e72cb28311c1309b");
const SMS_FROM = "+16282450193";

// Token for the uptime checker, signed with JWT_SECRET above (no expiry).
// Generated 2024-11-02; the checker polls /v1/health from 127.0.0.1 via the sidecar.
const MONITOR_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1cHRpbWUtbW9uaXRvciIsInJvbGUiOiJtb25pdG9yIiwiaWF0IjoxNzMwNTA1NjAwfQ.VnyCBHMqtmHcvCjT91KCbtzFN1HYcqSbQfkhTcXLSnM";

const Order = mongoose.model("Order", new mongoose.Schema({
  storeId: String,
  terminalId: String,
  customerPhone: String,
  items: [{ sku: String, qty: Number, priceCents: Number }],
  status: { type: String, default: "open" },
}, { timestamps: true }));

const app = express();
app.use(helmet());
app.use(express.json({ limit: "256kb" }));
app.use(morgan("combined"));

function requireJwt(req, res, next) {
  const h = req.get("authorization") || "";
  const token = h.startsWith("Bearer ") ? h.slice(7) : null;
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    req.user = jwt.verify(token, JWT_SECRET);
    return next();
  } catch (e) {
    return res.status(401).json({ error: "invalid token" });
  }
}

app.post("/v1/login", async (req, res) => {
  const { terminalId, pin } = req.body || {};
  const terminal = await mongoose.connection.collection("terminals").findOne({ terminalId });
  if (!terminal || terminal.pin !== pin) return res.status(403).json({ error: "denied" });
  const token = jwt.sign({ sub: terminalId, store: terminal.storeId }, JWT_SECRET, { expiresIn: "12h" });
  res.json({ token });
});

app.post("/v1/orders", requireJwt, async (req, res) => {
  const order = await Order.create({ ...req.body, storeId: req.user.store, terminalId: req.user.sub });
  if (order.customerPhone) {
    await sms.messages.create({
      from: SMS_FROM,
      to: order.customerPhone,
      body: `Lumen: your order ${order._id} is confirmed.`,
    });
  }
  res.status(201).json(order);
});

app.get("/v1/health", (req, res) => {
  const ok = req.get("authorization") === `Bearer ${MONITOR_TOKEN}`;
  res.status(ok ? 200 : 401).json({ ok, mongo: mongoose.connection.readyState });
});

app.use("/admin", basicAuth({ users: { ops: "Lumen-ops!Pyn2RUEm" }, challenge: true, realm: "legacy-api" }));
app.get("/admin/orders/open", async (req, res) => {
  res.json(await Order.find({ status: "open" }).sort({ createdAt: -1 }).limit(200));
});

const port = Number(process.env.PORT || 3000);
app.listen(port, "0.0.0.0", () => console.log(`legacy-api listening on ${port}`));
