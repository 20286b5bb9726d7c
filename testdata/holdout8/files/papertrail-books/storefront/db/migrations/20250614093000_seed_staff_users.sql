-- 20250614093000_seed_staff_users.sql
-- Seeds the staff accounts for the new back office. Each user must change the
-- temporary password on first login (must_reset = true). Remove temp_password
-- once everyone has logged in (see BO-118).

BEGIN;

CREATE TABLE IF NOT EXISTS staff_users (
    id              uuid PRIMARY KEY,
    email           citext NOT NULL UNIQUE,
    full_name       text NOT NULL,
    phone           text,
    ni_number       text,
    role            text NOT NULL CHECK (role IN ('admin', 'engineer', 'support', 'warehouse')),
    password_digest text NOT NULL,
    temp_password   text,
    must_reset      boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_login_at   timestamptz
);

CREATE INDEX IF NOT EXISTS staff_users_role_idx ON staff_users (role);

INSERT INTO staff_users (id, email, full_name, phone, ni_number, role, password_digest, temp_password, must_reset, created_at)
VALUES
  ('26856163-b4ce-410f-8502-466c6df7bcbd', 'margit.holloway@papertrailbooks.co.uk', 'Margit Holloway', '+44 7911 284617', 'CC218992A', 'admin', '$2b$12$M1snAU/.q1kc.XKc3igcrIKIleuUHAway0ajg.kU0uE6GL3KbecRm', 'Shelf-3195PV', true, '2025-06-14 09:30:00+00'),
  ('7d7b4d69-cecf-4ddb-ba99-2900b4e3a86d', 'rajesh.s@papertrailbooks.co.uk', 'Rajesh Subramanian', '+91 98450 27316', NULL, 'engineer', '$2b$12$G9gIcuoYf98B.lonw8rw4R9ApWsyb2Kf3CmBPuMQjNIPYxfkGDZ6O', 'Shelf-8673OY', true, '2025-06-14 09:30:00+00'),
  ('e06284c1-3d34-4aac-bf5b-2d0789a992e0', 'ellie.tanakabyrne@papertrailbooks.co.uk', 'Ellie Tanaka-Byrne', '0412 886 305', NULL, 'support', '$2b$12$dYRMLn9eIe.Lb2aUDZNRbw62yopXviiYCRVTCbpMnB4P7s97gUFX2', 'Pt-Welcome-1044ET', true, '2025-06-14 09:30:00+00'),
  ('c36361c9-5db6-4069-8151-90f21beed118', 'callum.whitfield@papertrailbooks.co.uk', 'Callum Whitfield', '07853 190442', 'SB 25 22 04 B', 'warehouse', '$2b$12$.uWdEPiw.ZhH3TmFkYTuZLOE8yDDoXioq2xrGTD5jLTZcREjussf6', 'Pt-Welcome-1962TU', true, '2025-06-14 09:30:00+00'),
  ('44b3f0f1-7b46-4fb7-8cd1-28c2d83a51ab', 'support@papertrailbooks.co.uk', 'Support inbox', NULL, NULL, 'support', '$2b$12$3mFkLlLkhIpeeMfYOY8XMWp5T3W.2TL9zbLo/Ch03yySg6gcehjzb', 'Pt-Welcome-9769BC', true, '2025-06-14 09:30:00+00');

INSERT INTO staff_roles (role, can_refund, can_export, max_refund_pence)
VALUES
  ('admin', true, true, NULL),
  ('engineer', false, true, 0),
  ('support', true, false, 15000),
  ('warehouse', false, false, 0)
ON CONFLICT (role) DO NOTHING;

COMMIT;
