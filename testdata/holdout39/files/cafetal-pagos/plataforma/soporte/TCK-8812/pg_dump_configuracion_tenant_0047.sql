-- Extraído por soporte N2 para el TCK-8812 (tenant 0047, "el webhook de Stripe no llega").
-- Comando: pg_dump -h pg-pagos-ro.cafetal.internal -U soporte_ro --data-only -t pagos.configuracion_pasarela -t pagos.usuarios_admin --where no aplica, se filtró el tenant después con grep.
-- OJO: revisar antes de adjuntar a Zendesk.
--
-- PostgreSQL database dump
--

\restrict sl6TS4NG1qLamC6s3yYNz1gKOQMXtWIPlDpX6wMflUumkPHSLt7pvjAWtgsLBlYB

-- Dumped from database version 16.6 (Ubuntu 16.6-1.pgdg22.04+1)
-- Dumped by pg_dump version 17.7 (Ubuntu 17.7-1.pgdg22.04+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: configuracion_pasarela; Type: TABLE DATA; Schema: pagos; Owner: cafetal_app
--

COPY pagos.configuracion_pasarela (id, tenant_id, clave, valor, cifrado, actualizado_por, actualizado_en) FROM stdin;
1	47	stripe.secret_key	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	f	jmorales	2026-11-03 10:14:52.118-05
2	47	stripe.publishable_key	pk_live_515vDJImHx923sk0OEA7XUwV3ExRd4EX1g3owXLCKbkwplIZr3kRETr46IQAwM1lkowy1qdRlTAi1FfwGC7dsO7mzT8C8tWY9zXET	f	jmorales	2026-11-03 10:14:52.118-05
3	47	stripe.webhook_secret	vault:kv/pagos/tenant-0047#stripe_whsec	t	sistema	2026-11-03 10:15:07.402-05
4	47	sendgrid.api_key	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	f	lcardona	2026-12-11 16:02:33.915-05
5	47	sendgrid.remitente	facturacion@tostadoralaloma.com.co	f	lcardona	2026-12-11 16:02:33.915-05
6	47	wompi.llave_privada	enc:v2:S6Mclarzy6CRFEiz23OvigVOmJ/UWA1qy2MRFkEcC4GgGXUJNrsrb8Bslu1M47/uGRIGnIEKIgdJ+EsRUoQKmGWRkQWkhY+JJ4yTJIbNP7JaMQDugdQmKS8L0t77ogIK	t	sistema	2027-01-04 08:30:11.207-05
7	47	pse.url_retorno	https://pagos.cafetal.co/t/0047/pse/retorno	f	jmorales	2026-11-03 10:20:44.031-05
8	47	moneda_por_defecto	COP	f	jmorales	2026-11-03 10:20:44.031-05
9	47	webhook.reintentos_max	8	f	sistema	2026-11-03 10:20:44.031-05
\.


--
-- Data for Name: usuarios_admin; Type: TABLE DATA; Schema: pagos; Owner: cafetal_app
--

COPY pagos.usuarios_admin (id, tenant_id, usuario, hash_contrasena, rol, mfa_habilitado, ultimo_acceso) FROM stdin;
301	47	jmorales	$2b$11$uKPO8RMTbjbNEXSlgorvpHA7t9pYopgZ.3tobIK3SuVhEMIXT1MY9	admin_tenant	t	2027-01-15 09:12:40.552-05
302	47	lcardona	$2b$11$xn16ZXcVAKY/Gjy96N3lvVIfoRLLEQKiuLx60fa5QbX5Ze4TC50gF	operador	t	2027-01-14 17:48:02.117-05
303	47	soporte.n2	$2b$11$ceEW9Lh/SsL/KSi.rjtiwQb3M68cvc2TGu2HLVZ9a.tcoUc9v9Z1U	solo_lectura	f	\N
304	47	api.integracion	$2b$11$9cMJ9TUd7RP.2g5axPLQA3AcQrde5dnPRxhliGxjKI31dGSli3lwP	servicio	f	2027-01-15 10:01:59.003-05
\.


--
-- Name: configuracion_pasarela_id_seq; Type: SEQUENCE SET; Schema: pagos; Owner: cafetal_app
--

SELECT pg_catalog.setval('pagos.configuracion_pasarela_id_seq', 9, true);


--
-- Name: usuarios_admin_id_seq; Type: SEQUENCE SET; Schema: pagos; Owner: cafetal_app
--

SELECT pg_catalog.setval('pagos.usuarios_admin_id_seq', 304, true);


--
-- PostgreSQL database dump complete
--

\unrestrict sl6TS4NG1qLamC6s3yYNz1gKOQMXtWIPlDpX6wMflUumkPHSLt7pvjAWtgsLBlYB

