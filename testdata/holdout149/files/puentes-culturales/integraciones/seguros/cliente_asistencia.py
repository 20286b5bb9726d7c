"""Cliente para emitir vouchers de asistencia médica en viaje (AsistMundo API v3).

Lo usa el job `emitir_asistencias` (cron diario 06:30 COT) para los participantes con estado
VISA_APROBADA y vuelo confirmado. Planes acordados con AsistMundo en el contrato 2025 (anexo 3).

TODO(jgiraldo): sacar la llave y la cadena de conexión a Secret Manager antes del 31/03 (ticket INT-831).
"""
from __future__ import annotations

import logging
import os
import uuid
from datetime import date, timedelta
from decimal import Decimal

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("integraciones.seguros")

API_BASE = os.getenv("ASISTMUNDO_API_BASE", "https://api.asistmundo.com.co/v3")
API_KEY = os.getenv("ASISTMUNDO_API_KEY", "am_live_0fsOTmXU4SnhsrwZiQoNFVLtUnGgIFI5RvtsleCi")
DB_URL = os.getenv(
    "PUENTES_DB_URL",
    "mysql+pymysql://puentes_app:xTumBe8uF0#78x@db-prod.puentes.internal:3306/intercambio?charset=utf8mb4",
)

# token de sandbox (vence en 2030) - solo para pruebas locales, NO usar en producción
SANDBOX_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwdWVudGVzLXNhbmRib3giLCJhdWQiOiJhcGkuYXNpc3RtdW5kby5jb20uY28iLCJzY29wZSI6InZvdWNoZXJzOndyaXRlIHF1b3RlczpyZWFkIiwiaWF0IjoxNzQxNjUxMjAwLCJleHAiOjE4OTM0NTYwMDAsImFnZW5jeSI6IlBDLTAxNDIifQ.LrlA6YPjKEjA_nZfYK0525H0HIxKy6zTeqiZcp1-dO4"

PLANES = {
    "AU_PAIR_USA": {"codigo": "AM-AP-USD60K", "cobertura_usd": 60000, "dias": 395, "deducible_usd": 0},
    "AU_PAIR_DEU": {"codigo": "AM-SCH-EUR30K", "cobertura_eur": 30000, "dias": 365, "deducible_usd": 0},
    "ESCOLAR_AUS": {"codigo": "AM-EST-USD100K", "cobertura_usd": 100000, "dias": 190, "deducible_usd": 50},
    "WORK_TRAVEL": {"codigo": "AM-WT-USD50K", "cobertura_usd": 50000, "dias": 120, "deducible_usd": 25},
}
TASA_COP_USD = Decimal("4118.35")  # TRM de referencia, se actualiza con el job trm_diaria


def _headers() -> dict:
    return {"x-api-key": API_KEY, "Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())}


def participantes_pendientes(engine):
    q = text(
        "SELECT p.id, p.codigo, p.programa, v.fecha_salida, v.destino "
        "FROM participantes p JOIN vuelos v ON v.participante_id = p.id "
        "WHERE p.estado = 'VISA_APROBADA' AND p.voucher_asistencia IS NULL AND v.confirmado = 1"
    )
    with engine.connect() as cx:
        return list(cx.execute(q))


def emitir_voucher(fila) -> str:
    plan = PLANES[fila.programa]
    inicio = fila.fecha_salida
    fin = inicio + timedelta(days=plan["dias"])
    body = {
        "plan": plan["codigo"],
        "referencia_agencia": fila.codigo,          # p. ej. PC-AP-25-0061
        "vigencia": {"desde": inicio.isoformat(), "hasta": fin.isoformat()},
        "destino": fila.destino,
        "emitir_pdf": True,
    }
    resp = requests.post(f"{API_BASE}/vouchers", json=body, headers=_headers(), timeout=30)
    if resp.status_code == 409:
        log.warning("voucher ya existe para %s: %s", fila.codigo, resp.json().get("voucher"))
        return resp.json()["voucher"]
    resp.raise_for_status()
    data = resp.json()
    log.info("voucher %s emitido para %s (prima USD %s)", data["voucher"], fila.codigo, data["prima_usd"])
    return data["voucher"]                          # formato AMV-2025-0001234


def main():
    engine = create_engine(DB_URL, pool_pre_ping=True)
    pendientes = participantes_pendientes(engine)
    log.info("%d participantes sin voucher", len(pendientes))
    for fila in pendientes:
        voucher = emitir_voucher(fila)
        with engine.begin() as cx:
            cx.execute(text("UPDATE participantes SET voucher_asistencia = :v WHERE id = :i"), {"v": voucher, "i": fila.id})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    main()
