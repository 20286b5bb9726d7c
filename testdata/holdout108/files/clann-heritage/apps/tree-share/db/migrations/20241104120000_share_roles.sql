-- 20241104120000_share_roles.sql
-- Tree sharing: replace the boolean can_edit with explicit roles (ticket CH-ENG-1182).
-- Irish UI labels live in locales/ga-IE.json; the names below are stable identifiers.

BEGIN;

CREATE TYPE share_role AS ENUM ('owner', 'editor', 'contributor', 'viewer');

CREATE TABLE IF NOT EXISTS tree_shares (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tree_id         text        NOT NULL CHECK (tree_id ~ '^CT-[0-9]{5,7}$'),
    member_id       text        NOT NULL,
    role            share_role  NOT NULL DEFAULT 'viewer',
    living_visible  boolean     NOT NULL DEFAULT false,  -- show living people to this member
    dna_visible     boolean     NOT NULL DEFAULT false,
    invited_by      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    UNIQUE (tree_id, member_id)
);

CREATE INDEX tree_shares_member_idx ON tree_shares (member_id) WHERE revoked_at IS NULL;

CREATE TABLE IF NOT EXISTS share_role_permissions (
    role        share_role NOT NULL,
    permission  text       NOT NULL,
    PRIMARY KEY (role, permission)
);

INSERT INTO share_role_permissions (role, permission) VALUES
    ('owner',       'tree.delete'),
    ('owner',       'tree.share'),
    ('owner',       'gedcom.export'),
    ('editor',      'person.edit'),
    ('editor',      'source.attach'),
    ('editor',      'gedcom.export.privatised'),
    ('contributor', 'person.suggest'),
    ('contributor', 'media.upload'),
    ('viewer',      'tree.read');

-- migrate existing shares: can_edit = true -> editor, false -> viewer
INSERT INTO tree_shares (tree_id, member_id, role, invited_by, created_at)
SELECT s.tree_id, s.member_id,
       CASE WHEN s.can_edit THEN 'editor'::share_role ELSE 'viewer'::share_role END,
       s.invited_by, s.created_at
FROM legacy_tree_members s
WHERE s.deleted_at IS NULL;

-- fixtures used by the staging smoke test (tree CT-00001 belongs to the QA account)
INSERT INTO tree_shares (id, tree_id, member_id, role, living_visible) VALUES
    ('8ccacc52-61fa-4b75-83ac-1beafebbbb36', 'CT-00001', 'clann_u_000001', 'owner',       true),
    ('c468e15d-7284-43af-9153-43617bcfc42a', 'CT-00001', 'clann_u_000002', 'editor',      false),
    ('b712f873-ca0a-4d67-9710-2281edab3a4f', 'CT-00001', 'clann_u_000003', 'contributor', false),
    ('f59a7bf2-0c2c-4cef-a55c-dd978e9d6e78', 'CT-00001', 'clann_u_000004', 'viewer',      false)
ON CONFLICT DO NOTHING;

COMMENT ON COLUMN tree_shares.living_visible IS
    'GDPR: living persons are hidden from shared members unless the owner opts in (DPIA ref CH-DPIA-07 v2).';

ALTER TABLE legacy_tree_members RENAME TO legacy_tree_members_20241104;

COMMIT;
-- checksum (flyway-compatible crc32): -1411905716
