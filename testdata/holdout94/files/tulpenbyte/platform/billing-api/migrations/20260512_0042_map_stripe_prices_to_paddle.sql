-- 20260512_0042_map_stripe_prices_to_paddle.sql
-- Migratie: Stripe prijzen -> Paddle Billing prijzen (MoR-overstap, epic BILL-140)
-- Auteur: s.verhoeven, review: t.dekker (MR !412)
-- Draait binnen één transactie; idempotent (ON CONFLICT).  Rollback: 20260512_0042_down.sql

BEGIN;

CREATE TABLE IF NOT EXISTS billing.price_mapping (
    plan_key          text        PRIMARY KEY,
    stripe_price_id   text        NOT NULL UNIQUE,   -- price_1N...
    paddle_price_id   text        NOT NULL UNIQUE,   -- pri_01h... (26 tekens ULID na het prefix)
    paddle_product_id text        NOT NULL,          -- pro_01h...
    unit_amount_cents integer     NOT NULL CHECK (unit_amount_cents >= 0),
    currency          char(3)     NOT NULL DEFAULT 'EUR',
    display_name      text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);

INSERT INTO billing.price_mapping
    (plan_key, stripe_price_id, paddle_price_id, paddle_product_id, unit_amount_cents, currency, display_name)
VALUES
    ('team_monthly', 'price_1NDrEqlbtEZ2FOgwU580QPb1', 'pri_01hwtnj4cb2fezry689ghmjvbf', 'pro_01hyf7jtd320nxkcpph0stm41d', 1200, 'EUR', 'Team - maandelijks'),
    ('team_yearly', 'price_1NE1eQBgQsKQkqj7oQW3G2I1', 'pri_01hzbb73z3p515f0cwaws9ph4j', 'pro_01hvj2nh8kdhcb9drrsk2mpwng', 12000, 'EUR', 'Team - jaarlijks'),
    ('business_monthly', 'price_1NPYkFagD3aAsqhXjLMdXJhe', 'pri_01hwzczrhddhs6t5xb3bpt7w2p', 'pro_01hyrzx3kh450dda9jm5w5ynts', 2400, 'EUR', 'Business - maandelijks'),
    ('business_yearly', 'price_1N6N4pjnTQohS7V8KCM9Mtkm', 'pri_01hx7cpzg7vxt57rqq4t2wr3tc', 'pro_01hymq9ma60zze4nkbwe067qhf', 24000, 'EUR', 'Business - jaarlijks'),
    ('starter_monthly', 'price_1NV6e0sen6U93IDXQB3q19ge', 'pri_01hxet8a0h5hxrx4xr8xs3q6vv', 'pro_01hx882bk9k7pmgwq47c5r5fym', 600, 'EUR', 'Starter - maandelijks'),
    ('addon_sso', 'price_1Ns8rPaCdIkpz7ctJ4gtVopW', 'pri_01hw6ex329mxq2n8fadqjh129b', 'pro_01hyd3nz90hknnzrvv2ensmhwa', 15000, 'EUR', 'SSO add-on'),
    ('addon_audit_log', 'price_1N58liPeYqBkGl0845x5xltJ', 'pri_01hxmq766y7yah0hd9h2nxea7a', 'pro_01hycvjzzk5ag44h480heqrpyh', 9000, 'EUR', 'Audit log add-on')
ON CONFLICT (plan_key) DO UPDATE
    SET paddle_price_id   = EXCLUDED.paddle_price_id,
        paddle_product_id = EXCLUDED.paddle_product_id;

-- Abonnementen die al via Paddle lopen krijgen het nieuwe prijs-id; Stripe-id blijft bewaard voor historie.
ALTER TABLE billing.subscriptions
    ADD COLUMN IF NOT EXISTS paddle_subscription_id text UNIQUE,   -- sub_01h...
    ADD COLUMN IF NOT EXISTS paddle_customer_id     text,          -- ctm_01h...
    ADD COLUMN IF NOT EXISTS paddle_price_id        text;

UPDATE billing.subscriptions s
   SET paddle_price_id = m.paddle_price_id
  FROM billing.price_mapping m
 WHERE s.stripe_price_id = m.stripe_price_id
   AND s.paddle_subscription_id IS NOT NULL
   AND s.paddle_price_id IS NULL;

-- Controle (verwacht 0): abonnementen op Paddle zonder gemapte prijs
DO $$
DECLARE n integer;
BEGIN
    SELECT count(*) INTO n FROM billing.subscriptions
     WHERE paddle_subscription_id IS NOT NULL AND paddle_price_id IS NULL;
    IF n > 0 THEN
        RAISE EXCEPTION 'price mapping incompleet: % abonnementen zonder paddle_price_id', n;
    END IF;
END $$;

-- Webhook-dedup: Paddle stuurt notificaties met ntf_-id; evt_ is per event, ntf_ per aflevering
CREATE TABLE IF NOT EXISTS billing.paddle_notifications (
    notification_id text PRIMARY KEY,      -- ntf_01h...
    event_id        text NOT NULL,         -- evt_01h...
    event_type      text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    signature_ts    bigint,                -- ts=... uit Paddle-Signature (h1 = HMAC-SHA256, niet opslaan)
    payload         jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS paddle_notifications_event_idx ON billing.paddle_notifications (event_id);

COMMIT;
