--
-- PostgreSQL database dump
--

-- Dumped from database version 16.6 (Debian 16.6-1.pgdg120+1)
-- Dumped by pg_dump version 16.6 (Debian 16.6-1.pgdg120+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET row_security = off;

--
-- Name: ordens_trabalho; Type: TABLE; Schema: producao; Owner: ga_mis
--

CREATE TABLE producao.ordens_trabalho (
    id integer NOT NULL,
    numero character varying(12) NOT NULL,
    cliente character varying(120) NOT NULL,
    cliente_nif character(9) NOT NULL,
    descricao text,
    quantidade integer,
    valor_sem_iva numeric(12,2),
    taxa_iva numeric(5,2) DEFAULT 23.00,
    estado character varying(20) DEFAULT 'aguarda_prova'::character varying,
    atualizado_em timestamp with time zone DEFAULT now(),
    uuid uuid NOT NULL
);

ALTER TABLE producao.ordens_trabalho OWNER TO ga_mis;

--
-- Data for Name: ordens_trabalho; Type: TABLE DATA; Schema: producao; Owner: ga_mis
--

COPY producao.ordens_trabalho (id, numero, cliente, cliente_nif, descricao, quantidade, valor_sem_iva, taxa_iva, estado, atualizado_em, uuid) FROM stdin;
1870	GA-2590	Clínica Foz Saúde, Lda.	517793580	flyers A5	30099	11679.26	23.00	aguarda_prova	2026-03-17 11:07:31+00	b8c990b3-7409-4248-b5e3-248fa5b5284c
1871	GA-2593	Seguros Norte, S.A.	505910829	extratos	4256	10719.22	23.00	faturado	2026-03-10 16:34:53+00	67a437ef-7996-4bed-906e-e0282566777c
1872	GA-2596	Casa Minhota, Lda.	516258052	catálogo 48pp	53743	10812.99	23.00	faturado	2026-03-11 12:02:38+00	7ef54cde-a397-4083-ba37-f390c4230803
1873	GA-2599	Caixa Agrícola Douro, CRL	502302828	extratos	50753	11685.52	23.00	aguarda_prova	2026-03-08 11:19:48+00	64a96228-5886-4cc2-ab5f-15fa94aa25e5
1874	GA-2602	Casa Minhota, Lda.	516258052	cartas DV	20704	786.73	23.00	em_producao	2026-03-10 14:39:47+00	ba764b1b-8a34-4b3f-971a-f97169e9683f
1875	GA-2605	Seguros Norte, S.A.	505910829	extratos	44058	655.91	23.00	faturado	2026-03-15 08:59:19+00	d6dcfa4d-6319-4562-a49f-6a882fe0202c
1876	GA-2608	Seguros Norte, S.A.	505910829	extratos	27738	11088.13	23.00	aguarda_prova	2026-03-17 17:48:15+00	210c64c6-68ab-4097-91b6-41cc4ed923a5
1877	GA-2611	Seguros Norte, S.A.	505910829	cartas mandato SEPA	33197	4185.61	23.00	faturado	2026-03-18 08:38:12+00	2bef7d9d-948a-4f3d-ae5b-324f67010d30
1878	GA-2614	Câmara Municipal de Valongo	502074477	cartas DV	46803	11094.41	23.00	expedido	2026-03-08 18:24:49+00	6b5d4de1-49ac-40eb-a889-1eb880493263
1879	GA-2617	Seguros Norte, S.A.	505910829	catálogo 48pp	5736	13836.23	23.00	expedido	2026-03-15 08:02:07+00	d2d53b9b-e6f0-4234-b135-ae139572b3b6
1880	GA-2620	Seguros Norte, S.A.	505910829	extratos	22937	5650.05	23.00	faturado	2026-03-12 16:24:31+00	23eb278a-d6f9-4115-836b-50d783b6804b
1881	GA-2623	Casa Minhota, Lda.	516258052	extratos	18702	10358.61	23.00	faturado	2026-03-05 10:52:02+00	cf70df4d-2a43-4b68-b261-e064ba3bf541
1882	GA-2626	Vinhos Quinta do Vale, Lda.	519610989	cartas DV	10910	6450.77	23.00	expedido	2026-03-11 08:41:35+00	f42cfdc9-7a03-4fd7-be8b-a12e5a931b94
1883	GA-2629	Câmara Municipal de Valongo	502074477	cartas DV	54800	13808.82	23.00	faturado	2026-03-04 09:13:59+00	1caae3f7-b81b-458d-bc6a-d6c49cae078e
\.

SELECT pg_catalog.setval('producao.ordens_trabalho_id_seq', 1883, true);

ALTER TABLE ONLY producao.ordens_trabalho
    ADD CONSTRAINT ordens_trabalho_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX ordens_trabalho_numero_idx ON producao.ordens_trabalho USING btree (numero);

--
-- PostgreSQL database dump complete
--
