--
-- PostgreSQL database dump (schema only) - socios-api
-- Dumped from database version 15.8 (Debian 15.8-1.pgdg120+1)
-- Dumped by pg_dump version 15.8
-- Generado por `php artisan schema:dump` el 2026-09-28; migración 5544_09_25_642181_add_pases
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TYPE public.estado_cuota AS ENUM ('pendiente', 'pagada', 'vencida', 'anulada', 'bonificada');
CREATE TYPE public.estado_pase AS ENUM ('borrador', 'pendiente_liberacion', 'liberado', 'rechazado');

CREATE TABLE public.socios (
    id bigint NOT NULL,
    numero integer NOT NULL,
    apellido character varying(80) NOT NULL,
    nombres character varying(80) NOT NULL,
    dni_hash character(64) NOT NULL,             -- sha256(dni || pepper); el pepper vive en SOCIOS_DNI_PEPPER
    fecha_nacimiento date,                       -- solo para categorías; no se exporta
    categoria character varying(10) NOT NULL,    -- '2014', '2015', ..., 'mayores'
    tutor_id bigint,
    activo boolean DEFAULT true NOT NULL,
    creado_en timestamp(0) without time zone,
    CONSTRAINT socios_categoria_check CHECK (((categoria)::text ~ '^(20[01][0-9]|mayores)$'))
);

CREATE TABLE public.tutores (
    id bigint NOT NULL,
    apellido character varying(80) NOT NULL,
    nombres character varying(80) NOT NULL,
    email_cifrado bytea,                          -- AES-256-GCM con APP_KEY (Laravel encrypter)
    celular_cifrado bytea,
    acepta_whatsapp boolean DEFAULT false NOT NULL
);

CREATE TABLE public.tarifas (
    id smallint NOT NULL,
    categoria character varying(10) NOT NULL,
    vigente_desde date NOT NULL,
    cuota_mensual numeric(10,2) NOT NULL,
    matricula_anual numeric(10,2) NOT NULL,
    descuento_hermanos numeric(4,2) DEFAULT 0.15 NOT NULL
);

CREATE TABLE public.cuotas (
    id bigint NOT NULL,
    socio_id bigint NOT NULL,
    periodo character(7) NOT NULL,                -- 'YYYY-MM'
    importe numeric(10,2) NOT NULL,
    estado public.estado_cuota DEFAULT 'pendiente'::public.estado_cuota NOT NULL,
    mp_preference_id character varying(64),      -- ej. '890703167-dbabdde1-2412-4973-8560-d10e585edc33'
    mp_payment_id bigint,
    pagada_en timestamp(0) without time zone,
    CONSTRAINT cuotas_periodo_check CHECK ((periodo ~ '^[0-9]{4}-[0-9]{2}$'))
);

CREATE TABLE public.pases (
    id character varying(20) NOT NULL,            -- 'PAS-2026-001873'
    socio_id bigint NOT NULL,
    club_origen character varying(10) NOT NULL,
    club_destino character varying(10) NOT NULL,
    estado public.estado_pase NOT NULL,
    solicitado_en timestamp with time zone NOT NULL,
    liberado_en timestamp with time zone
);

CREATE SEQUENCE public.socios_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.socios_id_seq OWNED BY public.socios.id;
SELECT pg_catalog.setval('public.socios_id_seq', 4418, true);

ALTER TABLE ONLY public.socios ADD CONSTRAINT socios_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.socios ADD CONSTRAINT socios_numero_unique UNIQUE (numero);
ALTER TABLE ONLY public.cuotas ADD CONSTRAINT cuotas_socio_periodo_unique UNIQUE (socio_id, periodo);
CREATE INDEX cuotas_estado_periodo_index ON public.cuotas USING btree (estado, periodo);
CREATE INDEX pases_estado_index ON public.pases USING btree (estado) WHERE (estado = 'pendiente_liberacion'::public.estado_pase);

-- Tarifas 2026 (aprobadas en Comisión Directiva, acta n.º 312)
INSERT INTO public.tarifas VALUES (1, 'infantil', '2026-03-01', 18500.00, 32000.00, 0.15);
INSERT INTO public.tarifas VALUES (2, 'mayores', '2026-03-01', 24500.00, 38000.00, 0.10);
INSERT INTO public.tarifas VALUES (3, 'infantil', '2026-08-01', 21500.00, 32000.00, 0.15);

INSERT INTO public.migrations (migration, batch) VALUES ('2026_09_14_516387_add_pases', 19);
