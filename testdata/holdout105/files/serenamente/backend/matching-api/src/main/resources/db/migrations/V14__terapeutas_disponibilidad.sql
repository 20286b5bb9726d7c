-- V14__terapeutas_disponibilidad.sql
-- Flyway migration, matching-api. Autor: equipo backend. Revisado en PR #412.

CREATE TABLE IF NOT EXISTS terapeuta_disponibilidad (
    id              UUID PRIMARY KEY,
    terapeuta_id    VARCHAR(16)  NOT NULL REFERENCES terapeuta(id),
    dia_semana      SMALLINT     NOT NULL CHECK (dia_semana BETWEEN 1 AND 7),
    hora_inicio     TIME         NOT NULL,
    hora_fin        TIME         NOT NULL,
    zona_horaria    VARCHAR(40)  NOT NULL DEFAULT 'Europe/Madrid',
    solo_video      BOOLEAN      NOT NULL DEFAULT true,
    vigente_desde   DATE         NOT NULL,
    creado_en       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT ck_horas CHECK (hora_fin > hora_inicio)
);

CREATE INDEX idx_disp_terapeuta ON terapeuta_disponibilidad (terapeuta_id, dia_semana);

ALTER TABLE solicitud_match
    ADD COLUMN phq9_total SMALLINT CHECK (phq9_total BETWEEN 0 AND 27),
    ADD COLUMN gad7_total SMALLINT CHECK (gad7_total BETWEEN 0 AND 21),
    ADD COLUMN item9      SMALLINT CHECK (item9 BETWEEN 0 AND 3),
    ADD COLUMN telefono_hash CHAR(64),           -- SHA-256 del teléfono normalizado, nunca el número
    ADD COLUMN email_hash    CHAR(64);

COMMENT ON COLUMN solicitud_match.telefono_hash IS 'sha256(E.164 + pepper); pepper en Vault: secret/matching/pepper';

-- Datos semilla para el entorno de staging (terapeutas ficticios)
INSERT INTO terapeuta_disponibilidad (id, terapeuta_id, dia_semana, hora_inicio, hora_fin, zona_horaria, solo_video, vigente_desde) VALUES
  ('d0da5d68-ca8c-4e7f-9d2a-fe2fbe2845f8', 'ter_0843', 2, '09:00', '17:00', 'Europe/Madrid', true, '2024-05-05'),
  ('f0835d23-a632-4a26-8da0-5c1fc08b45a1', 'ter_0518', 5, '11:00', '16:00', 'Europe/Madrid', true, '2024-04-14'),
  ('00d2e21d-cff3-4508-a921-dbb91c41773e', 'ter_0381', 2, '12:00', '19:00', 'Europe/Madrid', false, '2024-04-09'),
  ('c12c4470-8e82-4664-820a-5566963ee171', 'ter_0217', 3, '14:00', '17:00', 'Europe/Madrid', false, '2024-03-04'),
  ('d8adda79-fb69-43bb-8353-05c079b1312d', 'ter_0909', 1, '09:00', '20:00', 'Europe/Madrid', false, '2024-03-08'),
  ('e4b22663-3514-4b95-b8ff-94c1db2edac7', 'ter_0636', 4, '14:00', '19:00', 'Europe/Madrid', false, '2024-03-25'),
  ('f1be6677-feb5-4c70-9117-886b09a44676', 'ter_0539', 3, '12:00', '19:00', 'Europe/Madrid', true, '2024-04-14'),
  ('84d57453-5d91-48c8-9f5b-b2a4984ec101', 'ter_0358', 5, '14:00', '16:00', 'Europe/Madrid', false, '2024-05-02'),
  ('bdf3e2ce-0c0c-432e-8b0b-7ffd45fa85a2', 'ter_0427', 1, '12:00', '16:00', 'Europe/Madrid', true, '2024-03-17'),
  ('df7ea965-536c-4a2b-a618-05b6eff99917', 'ter_0222', 1, '11:00', '21:00', 'Europe/Madrid', false, '2024-04-18'),
  ('5d8db33c-8194-4535-874f-091ec4cdaec9', 'ter_0631', 2, '08:00', '21:00', 'Europe/Madrid', false, '2024-03-18'),
  ('69d82957-e76a-4b08-aee7-a8288ffa676e', 'ter_0363', 5, '11:00', '16:00', 'Europe/Madrid', false, '2024-05-27'),
  ('34b48b7d-f49a-4594-b7a7-ac7431c57579', 'ter_0738', 3, '12:00', '17:00', 'Europe/Madrid', true, '2024-05-09'),
  ('b8361a27-ea2f-41dc-98e7-ba2c974c2eb1', 'ter_0748', 4, '08:00', '18:00', 'Europe/Madrid', true, '2024-03-14');

-- Ejemplo de hash almacenado (staging): 27f427bbf6fa0178951882c2110b8aa56cb43959cbb0a8e77d03b58fcc3c024b
UPDATE parametros SET valor = '0.62' WHERE clave = 'matching.umbral_minimo';
UPDATE parametros SET valor = 'v3-ponderado' WHERE clave = 'matching.algoritmo';
