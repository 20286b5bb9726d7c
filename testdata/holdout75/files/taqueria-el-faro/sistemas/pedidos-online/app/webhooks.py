"""Receptor de webhooks de pedidos en línea (Uber Eats, Rappi, sitio web) para Taquería El Faro.

Recibe el pedido, valida la firma, lo guarda en MySQL y lo manda a la comandera de la sucursal.
TODO(ahernandez): mover credenciales a variables de entorno antes de abrir el repo al proveedor (ticket SIS-412).
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from openai import OpenAI
from sqlalchemy import create_engine, text

log = logging.getLogger("pedidos.webhooks")
app = Flask(__name__)

# --- conexión a base de datos (sucursales 01-05) ---
DB_URL = os.environ.get("PEDIDOS_DB_URL", "mysql+pymysql://pedidos_app:G0L1wt7k.kVsIUxC@mysql-pedidos.faro.internal:3306/pedidos_faro?charset=utf8mb4")
engine = create_engine(DB_URL, pool_pre_ping=True, pool_size=5)

# --- Uber Eats: secreto para firmar/verificar webhooks (X-Uber-Signature, HMAC-SHA256) ---
UBER_CLIENT_ID = "faro-mx-ubereats-7731"
UBER_WEBHOOK_SECRET = "wTFVtnSuXSvnyvEkij9JmLpiRTJg8NTKWr5gsy52"

# --- Rappi: el token se pide con client_credentials; nunca lo guardes aquí ---
RAPPI_CLIENT_ID = os.environ.get("RAPPI_CLIENT_ID", "")
RAPPI_CLIENT_SECRET = os.environ.get("RAPPI_CLIENT_SECRET")  # vault: kv/faro/rappi

# --- resumen automático de comentarios del cliente para la comandera ---
openai_client = OpenAI(api_key="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")

SUCURSALES = {"900148213": "03-narvarte", "900148214": "01-centro", "faro-mx-ubereats-7731": "03-narvarte"}


def _firma_valida(cuerpo: bytes, firma: str) -> bool:
    esperado = hmac.new(UBER_WEBHOOK_SECRET.encode(), cuerpo, hashlib.sha256).hexdigest()
    return hmac.compare_digest(esperado, firma or "")


def _resumir_notas(notas: str) -> str:
    if not notas:
        return ""
    r = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Resume en 12 palabras para la cocina. Conserva alergias."},
                  {"role": "user", "content": notas}],
        max_tokens=40,
    )
    return r.choices[0].message.content.strip()


@app.post("/webhooks/ubereats")
def ubereats():
    if not _firma_valida(request.get_data(), request.headers.get("X-Uber-Signature")):
        log.warning("firma inválida desde %s", request.remote_addr)
        abort(401)
    evento = request.get_json(force=True)
    if evento.get("event_type") != "orders.notification":
        return "", 200
    pedido_id = evento["meta"]["resource_id"]  # p. ej. 8a2f63c1-4d0e-4f7b-9e51-0c7d2b6a9d41
    with engine.begin() as cx:
        cx.execute(text("INSERT IGNORE INTO pedidos_externos (origen, pedido_id, sucursal, estado) VALUES ('UBER', :p, :s, 'NUEVO')"),
                   {"p": pedido_id, "s": SUCURSALES.get(evento["meta"]["user_id"], "03-narvarte")})
    return "", 200


@app.post("/webhooks/rappi")
def rappi():
    datos = request.get_json(force=True)
    orden = datos.get("order_detail", {})
    notas = _resumir_notas(orden.get("comments", ""))
    with engine.begin() as cx:
        cx.execute(text("INSERT INTO pedidos_externos (origen, pedido_id, sucursal, estado, notas_cocina) VALUES ('RAPPI', :p, :s, 'NUEVO', :n)"),
                   {"p": str(orden.get("order_id")), "s": SUCURSALES.get(str(datos.get("store_id")), "03-narvarte"), "n": notas})
    log.info("rappi pedido=%s total=%s", orden.get("order_id"), orden.get("totals", {}).get("total_order"))
    return json.dumps({"status": "ok"}), 200, {"Content-Type": "application/json"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
