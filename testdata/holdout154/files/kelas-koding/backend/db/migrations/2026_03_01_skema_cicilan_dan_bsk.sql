-- 2026_03_01_skema_cicilan_dan_bsk.sql
-- Skema referensi untuk cicilan biaya bootcamp dan program "Bayar Setelah Kerja" (BSK, income share).
-- Target: PostgreSQL 15 (db kk_billing). Jalankan lewat migrator, bukan manual.
-- Tiket: KK-FIN-412, disetujui Finance 2026-02-26.

BEGIN;

CREATE TABLE IF NOT EXISTS skema_cicilan (
    kode            varchar(24) PRIMARY KEY,
    nama            text        NOT NULL,
    tenor_bulan     smallint    NOT NULL CHECK (tenor_bulan IN (1, 3, 6, 12)),
    bunga_persen    numeric(5,2) NOT NULL DEFAULT 0,
    biaya_admin_idr bigint      NOT NULL DEFAULT 0,
    dp_persen       numeric(5,2) NOT NULL DEFAULT 0,
    aktif           boolean     NOT NULL DEFAULT true,
    dibuat_pada     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS kontrak_bsk (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    nomor_kontrak       varchar(32) UNIQUE NOT NULL,      -- contoh: BSK-B7-FSW-0042
    peserta_id          bigint NOT NULL REFERENCES peserta(id),
    persen_penghasilan  numeric(4,2) NOT NULL CHECK (persen_penghasilan BETWEEN 5 AND 15),
    ambang_gaji_idr     bigint NOT NULL,                  -- di bawah ambang: tidak bayar bulan itu
    batas_maks_idr      bigint NOT NULL,                  -- total pembayaran maksimum (cap)
    jumlah_bulan_bayar  smallint NOT NULL DEFAULT 24,
    masa_tunggu_bulan   smallint NOT NULL DEFAULT 6,
    status              varchar(16) NOT NULL DEFAULT 'BELAJAR'
        CHECK (status IN ('BELAJAR', 'MENCARI_KERJA', 'MEMBAYAR', 'DITANGGUHKAN', 'LUNAS', 'BERAKHIR')),
    dibuat_pada         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS kontrak_bsk_status_idx ON kontrak_bsk (status);

INSERT INTO skema_cicilan (kode, nama, tenor_bulan, bunga_persen, biaya_admin_idr, dp_persen) VALUES
    ('LUNAS',        'Bayar lunas (diskon 10%)',          1, 0.00,      0,  0.00),
    ('CICIL-3',      'Cicilan 3x tanpa bunga',            3, 0.00,      0, 20.00),
    ('CICIL-6',      'Cicilan 6x tanpa bunga',            6, 0.00,  50000, 20.00),
    ('CC-12-BCA',    'Kartu kredit BCA 12 bulan 0%',     12, 0.00,      0,  0.00),
    ('PAYLATER-6',   'Paylater (Akulaku/Kredivo) 6x',     6, 2.95,      0,  0.00),
    ('BSK-FSW-B7',   'Bayar Setelah Kerja - Full Stack',  1, 0.00,      0,  5.88)
ON CONFLICT (kode) DO NOTHING;

-- Parameter BSK batch 7 (harga program Rp8.500.000, DP Rp500.000)
INSERT INTO parameter_bsk (batch, program, persen_penghasilan, ambang_gaji_idr, batas_maks_idr, jumlah_bulan_bayar)
VALUES
    ('B7', 'FSW', 10.00, 5000000, 12750000, 24),
    ('B7', 'DSC', 10.00, 5000000, 11250000, 24),
    ('B7', 'UIX',  8.00, 4500000,  8250000, 18)
ON CONFLICT DO NOTHING;

COMMENT ON COLUMN kontrak_bsk.ambang_gaji_idr IS 'Gaji bruto bulanan minimum (Rp). Contoh: 5000000 = Rp5.000.000';
COMMENT ON COLUMN kontrak_bsk.batas_maks_idr  IS 'Cap = 1,5 x harga program';

-- checksum migrator: 7909c603b1a562750764ebc8bcb49c70a34dd698012629a7ff360b6b84d4e584
COMMIT;
