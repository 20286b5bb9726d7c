#!/usr/bin/env python3
"""Exporta los partes asistenciales cerrados al SFTP del SESCAM (fichero diario).

Uso:  exportar_partes.py --fecha 2026-04-15 [--dry-run]
Las credenciales NO van aquí: se leen del entorno (ver /etc/vt/exportador.env).
"""
import argparse
import csv
import datetime as dt
import hashlib
import os
import sys

import paramiko
import psycopg2

SFTP_HOST = os.environ.get("SESCAM_SFTP_HOST", "sftp-intercambio.sescam.example")
SFTP_USER = os.environ["SESCAM_SFTP_USER"]
SFTP_KEY = os.environ.get("SESCAM_SFTP_KEY_PATH", "/etc/vt/keys/sescam_ed25519")
DB_DSN = os.environ["VT_PARTES_DSN"]  # p.ej. "host=<host> dbname=partes user=<usuario> password=<clave>"
CODIGO_EMPRESA = "VT045"
LOTE = "3"

# Orden de columnas exigido por la especificación SESCAM-TS v4.1 (anexo II).
# fecha_nacimiento se envía vacía: el SESCAM la obtiene de la tarjeta sanitaria (CIP).
COLUMNAS = [
    "codigo_empresa", "lote", "id_servicio", "id_incidente_ccu", "fecha_servicio",
    "tipo_recurso", "indicativo", "cip_paciente", "fecha_nacimiento", "sexo",
    "origen_ine", "destino_codigo", "km", "hora_activacion", "hora_llegada",
    "hora_transferencia", "prioridad", "motivo_codigo",
]

SQL = """
SELECT p.id_servicio, p.id_incidente_ccu, p.fecha_servicio, r.tipo, r.indicativo,
       p.cip, p.sexo, p.origen_ine, p.destino_codigo, p.km,
       p.t_activacion, p.t_llegada, p.t_transferencia, p.prioridad, p.motivo
  FROM partes p JOIN recursos r ON r.id = p.recurso_id
 WHERE p.estado = 'CERRADO' AND p.fecha_servicio = %s
 ORDER BY p.t_activacion
"""


def filas(conn, fecha):
    with conn.cursor() as cur:
        cur.execute(SQL, (fecha,))
        for row in cur:
            (ids, inc, fs, tipo, ind, cip, sexo, ine, dest, km, ta, tl, tt, prio, mot) = row
            yield [CODIGO_EMPRESA, LOTE, ids, inc or "", fs.isoformat(), tipo, ind,
                   cip, "", sexo, ine, dest, f"{km:.1f}", ta.strftime("%H:%M:%S"),
                   tl.strftime("%H:%M:%S") if tl else "", tt.strftime("%H:%M:%S") if tt else "",
                   prio, mot]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fecha", default=(dt.date.today() - dt.timedelta(days=1)).isoformat())
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    nombre = f"{CODIGO_EMPRESA}_L{LOTE}_{a.fecha.replace('-', '')}.csv"
    ruta = os.path.join("/var/lib/vt/export", nombre)
    with psycopg2.connect(DB_DSN) as conn, open(ruta, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(COLUMNAS)
        n = sum(1 for _ in map(w.writerow, filas(conn, a.fecha)))
    digest = hashlib.sha256(open(ruta, "rb").read()).hexdigest()
    print(f"{nombre}: {n} partes, sha256={digest}")
    if a.dry_run:
        return 0
    t = paramiko.Transport((SFTP_HOST, 22))
    t.connect(username=SFTP_USER, pkey=paramiko.Ed25519Key.from_private_key_file(SFTP_KEY))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(ruta, f"/entrada/{CODIGO_EMPRESA}/{nombre}")
    sftp.put(ruta + ".sha256", f"/entrada/{CODIGO_EMPRESA}/{nombre}.sha256") if os.path.exists(ruta + ".sha256") else None
    t.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
