--
-- PostgreSQL database dump (schema only)
--
-- Dumped from database version 16.4 (Debian 16.4-1.pgdg120+2)
-- Dumped by pg_dump version 16.4
-- pg_dump --schema-only --no-owner --no-privileges -n customer -n auth fh_core

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE SCHEMA customer;
CREATE SCHEMA auth;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE DOMAIN customer.email_address AS public.citext
    CONSTRAINT email_address_check CHECK ((VALUE OPERATOR(public.~) '^[^@\s]+@[^@\s]+\.[^@\s]+$'::public.citext));

CREATE DOMAIN customer.e164_phone AS text
    CONSTRAINT e164_phone_check CHECK ((VALUE ~ '^\+[1-9][0-9]{7,14}$'::text));

CREATE TYPE customer.kyc_status AS ENUM ('pending', 'verified', 'rejected', 'expired');

CREATE TABLE customer.clients (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    external_ref uuid DEFAULT gen_random_uuid() NOT NULL,
    legal_name text NOT NULL,
    given_name text,
    family_name text,
    email customer.email_address NOT NULL,
    email_verified_at timestamp with time zone,
    phone customer.e164_phone,
    phone_verified_at timestamp with time zone,
    date_of_birth date,
    ssn_encrypted bytea,
    ssn_last4 character(4),
    tax_residency character(2) DEFAULT 'US'::bpchar NOT NULL,
    kyc customer.kyc_status DEFAULT 'pending'::customer.kyc_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT clients_ssn_last4_check CHECK ((ssn_last4 ~ '^[0-9]{4}$'::text)),
    CONSTRAINT clients_dob_check CHECK ((date_of_birth > '1900-01-01'::date))
);

COMMENT ON COLUMN customer.clients.ssn_encrypted IS 'pgp_sym_encrypt(ssn, key) with key from KMS alias fh/pii-column-key; never logged';
COMMENT ON COLUMN customer.clients.phone IS 'E.164 without spaces, e.g. +<country code><subscriber number>';
COMMENT ON COLUMN customer.clients.email IS 'Login identifier; unique, case-insensitive';

CREATE TABLE customer.bank_accounts (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    client_id bigint NOT NULL,
    iban_encrypted bytea NOT NULL,
    iban_country character(2) NOT NULL,
    iban_last4 character(4) NOT NULL,
    bic character varying(11),
    routing_number_hash bytea,
    account_last4 character(4),
    is_primary boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE customer.payment_cards (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    client_id bigint NOT NULL,
    processor_token text NOT NULL,
    brand text NOT NULL,
    card_last4 character(4) NOT NULL,
    card_bin character(6),
    exp_month smallint NOT NULL,
    exp_year smallint NOT NULL,
    fingerprint bytea NOT NULL,
    CONSTRAINT payment_cards_exp_month_check CHECK (((exp_month >= 1) AND (exp_month <= 12))),
    CONSTRAINT payment_cards_last4_check CHECK ((card_last4 ~ '^[0-9]{4}$'::text))
);

COMMENT ON COLUMN customer.payment_cards.processor_token IS 'Vault token (tok_...) from the card processor; the PAN never reaches this database';

CREATE TABLE auth.credentials (
    client_id bigint NOT NULL,
    password_hash text NOT NULL,
    password_algo text DEFAULT 'argon2id'::text NOT NULL,
    password_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    mfa_secret_encrypted bytea,
    failed_attempts integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    CONSTRAINT credentials_hash_format CHECK ((password_hash ~ '^\$argon2id\$v=19\$m=[0-9]+,t=[0-9]+,p=[0-9]+\$'::text))
);

CREATE TABLE auth.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    client_id bigint NOT NULL,
    token_hash bytea NOT NULL,
    created_ip_prefix cidr,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);

COMMENT ON COLUMN auth.sessions.created_ip_prefix IS 'Client address truncated to /24 (v4) or /48 (v6) before storage';

CREATE TABLE auth.api_keys (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
    client_id bigint NOT NULL,
    key_prefix character(8) NOT NULL,
    key_hash bytea NOT NULL,
    scopes text[] DEFAULT '{}'::text[] NOT NULL,
    last_used_at timestamp with time zone,
    CONSTRAINT api_keys_prefix_check CHECK ((key_prefix ~ '^fhk_[a-z0-9]{4}$'::text))
);

ALTER TABLE ONLY customer.clients ADD CONSTRAINT clients_pkey PRIMARY KEY (id);
ALTER TABLE ONLY customer.clients ADD CONSTRAINT clients_email_key UNIQUE (email);
ALTER TABLE ONLY customer.clients ADD CONSTRAINT clients_external_ref_key UNIQUE (external_ref);
ALTER TABLE ONLY customer.bank_accounts ADD CONSTRAINT bank_accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY customer.payment_cards ADD CONSTRAINT payment_cards_pkey PRIMARY KEY (id);
ALTER TABLE ONLY auth.credentials ADD CONSTRAINT credentials_pkey PRIMARY KEY (client_id);
ALTER TABLE ONLY auth.sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);
ALTER TABLE ONLY auth.api_keys ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);

CREATE INDEX clients_phone_idx ON customer.clients USING btree (phone) WHERE (phone IS NOT NULL);
CREATE INDEX clients_family_name_trgm ON customer.clients USING gin (family_name public.gin_trgm_ops);
CREATE UNIQUE INDEX bank_accounts_primary_uq ON customer.bank_accounts USING btree (client_id) WHERE is_primary;
CREATE UNIQUE INDEX payment_cards_fingerprint_uq ON customer.payment_cards USING btree (client_id, fingerprint);
CREATE INDEX sessions_client_active_idx ON auth.sessions USING btree (client_id) WHERE (revoked_at IS NULL);
CREATE UNIQUE INDEX sessions_token_hash_uq ON auth.sessions USING hash (token_hash);

ALTER TABLE ONLY customer.bank_accounts ADD CONSTRAINT bank_accounts_client_id_fkey FOREIGN KEY (client_id) REFERENCES customer.clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY customer.payment_cards ADD CONSTRAINT payment_cards_client_id_fkey FOREIGN KEY (client_id) REFERENCES customer.clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY auth.credentials ADD CONSTRAINT credentials_client_id_fkey FOREIGN KEY (client_id) REFERENCES customer.clients(id) ON DELETE CASCADE;
ALTER TABLE ONLY auth.sessions ADD CONSTRAINT sessions_client_id_fkey FOREIGN KEY (client_id) REFERENCES customer.clients(id) ON DELETE CASCADE;

CREATE POLICY clients_self ON customer.clients USING ((id = (current_setting('fh.client_id'::text))::bigint));
ALTER TABLE customer.clients ENABLE ROW LEVEL SECURITY;

CREATE VIEW customer.clients_masked AS
 SELECT id, external_ref, legal_name,
    regexp_replace((email)::text, '^(.).*(@.*)$'::text, '\1***\2'::text) AS email,
    ('***-**-'::text || (ssn_last4)::text) AS ssn,
    ('**** **** **** '::text || pc.card_last4) AS card,
    kyc
   FROM (customer.clients c
     LEFT JOIN customer.payment_cards pc ON ((pc.client_id = c.id)));

--
-- PostgreSQL database dump complete
--
