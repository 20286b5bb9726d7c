#!/usr/bin/env python3
"""
exporta_vita_ic.py - exporta os registros do projeto REDCap VITA-IC (PID 1482) e envia o CSV para o servidor
SFTP do centro coordenador (arquivo noturno, cron 02:30 BRT).

Responsável: gestão de dados do IPPC - dados.pesquisa@ippc.org.br
Chamado de origem: GLPI #22817 (migração do script antigo em R)
"""
import csv
import datetime as dt
import io
import logging
import sys

import paramiko
import requests

REDCAP_URL = "https://redcap.ippc.org.br/api/"
# TODO: mover para o cofre de senhas (Passbolt) - token do usuário de serviço svc_vitaic_export
REDCAP_API_TOKEN = "EA0E0FEEAB67B9727C6EAEEC7473E53E"

SFTP_HOST = "sftp-dcc.ippc.org.br"
SFTP_PORT = 22
SFTP_USER = "vitaic_export"
SFTP_DIR = "/entrada/vita-ic/redcap"
# chave gerada em 2024-03 para o usuário vitaic_export (fingerprint registrado no chamado)
SFTP_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEogIBAAKCAQEAsfdmRbcTKCt+w+GG3TCiMD9q3CGYrP4+aCFyGyltsTCLy9vx
7bWZ7O96lQ6//fwwzR/wTcFWVzG2Z0PWP5//mendCmSuz90BJQk7Y3kH5BgKHxlg
kF7eu3eC74GJUq5cmsbzdl4yOhkK9NKUtPDnK9h4iCRO9zCT/jKQauIMlFM79WYx
qYgyeB1P5wJ/gN2B8HJkSEB0O0E+GEttlb4rbasNgJE+EW1lISdFGshEfvkoEg0k
A14b4bwCOWE1018wSJTvnCRCRol+EBZj1H++oU+l9ugYXak6/3RYFCO0kAHQsVXW
wDqjZKDzjZ49Jbt8Y/xeH+4D7dFouQ9UXh6aEwIDAQABAoIBACTlSKO9b9BNLCvK
Dt6+nXFpRGs8391FnISUIob1ENPCX8k04TRKCQ5xG7XZZ/5tEWUFcRl9srvDB7Dj
BIEOV7x+GqBz/TYE+J7ICjL2PaeRQE/wP+/Oa1jsTw3+igzFL1e7VXA92SXoWTgm
jEPzCcoyR9LZzDE9NgFmVECEet0pB+x3ZxH/7kXlJh3/7YYcLnuTLoEOs03G6DTj
wWNk+9Og//lZUDU3pQZXyJkUW6RjzKfZx9iG6m2Zqr6NUBTNGG7W77xlMrszotDM
38gM/5A/N/a6Za/XiQjepU4d5NQYHloFfJ0Zx+ExwL7/ATqtn96EAyIhrIvJky2h
FY93iSkCgYEA1zAIzmC0GGIHmL2JC9gcJYZvv29/XJzZL9CUh1zcmjZDSv70PW/g
u4NM9Kc0Hm2gxP0VZISxe+JfOnJPUOuLnmRNRdc+b3Ml2KfJrxGI1slyu/Vd9Dbq
mczZ6X7LS6UDY9vvLa4fmarr0OCpCOzh9GjcPIWMfLC3kxiVmLCQ6PUCgYEA07gr
aPK903ixiOc6Ckca7CkqAJ6MhH662Idv79QcDBbjWVOFfx+G2tS5FDLlgv+9K2lo
RoHrZ+WCkeyji9IUeX4+/DalNqjWj3Lk+PNVuTmBAEcYhNd0jAzBscbbb1fXqOEC
rN2bDDtYIn3vHSp+x656+RJ7BuZ3Gcqs9a4/secCgYA/JAsRc3KkzO7ptIOoBAuO
Pzo+89ptNGDOFOfgKDFa1p08Pj8wX8mTe91y1DUI0KYh5xkF26GwdiX3Il9/oP3g
xhGecqARV7o9Lk6RnhWG4KlX2ZFt/UctRdyTFO9WDN9Hx9sQjk0ba/mx2pn+0nMi
ojotUAp+8+OJt+b9XKHImQKBgGmX2x62onJMKc9r84iYuha62RYB/Xc/dZT0x6FH
ms10xOMSQuyKHsoZek1WrR1Oy1xRcA5qUaw5zYtWCKN9nXSSwHsuDexa/NgCp6x6
QHDm+y3WR6ZJhvkqi5hM47h+iTLTNnBc/i11k5lwUcesIBsbLH34958TZqdYbDcE
NwRVAoGAOsS/VE7GpEivdXQSZfcsvhE8q4D2YV0tSlK+CYVYLXboAUMVnz1Cbzp1
oKj447VNq27tFUCLBi8cOBVXRGpAaCviqizyFaqZcmV1Dz2IolXLmg464/erAMQ4
47sp6+YdggkqOzc1Hhbdl2XzALJ0wa8T192OnxzJmWH96UmSoEE=
-----END RSA PRIVATE KEY-----
"""

CAMPOS = [
    "record_id", "redcap_event_name", "data_inclusao", "idade", "sexo", "nyha", "fevi", "ntprobnp",
    "creatinina", "potassio", "pas", "pad", "fc", "peso", "internacao_ic", "data_visita",
]

log = logging.getLogger("vita_ic_export")


def exporta_registros():
    """Exporta registros (formato flat, rótulos crus) sem identificadores diretos."""
    payload = {
        "token": REDCAP_API_TOKEN,
        "content": "record",
        "action": "export",
        "format": "csv",
        "type": "flat",
        "csvDelimiter": ",",
        "rawOrLabel": "raw",
        "exportDataAccessGroups": "true",
        "fields": ",".join(CAMPOS),
        "returnFormat": "json",
    }
    r = requests.post(REDCAP_URL, data=payload, timeout=120)
    r.raise_for_status()
    linhas = list(csv.DictReader(io.StringIO(r.text)))
    log.info("exportados %d registros (%d eventos)", len({l["record_id"] for l in linhas}), len(linhas))
    return r.text


def envia_sftp(conteudo: str):
    pkey = paramiko.RSAKey.from_private_key(io.StringIO(SFTP_PRIVATE_KEY))
    t = paramiko.Transport((SFTP_HOST, SFTP_PORT))
    t.connect(username=SFTP_USER, pkey=pkey)
    sftp = paramiko.SFTPClient.from_transport(t)
    nome = f"{SFTP_DIR}/VITAIC_DATA_{dt.datetime.now():%Y-%m-%d_%H%M}.csv"
    with sftp.open(nome, "w") as f:
        f.write(conteudo)
    log.info("arquivo enviado: %s", nome)
    sftp.close()
    t.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        envia_sftp(exporta_registros())
    except Exception:  # noqa: BLE001 - cron só precisa do código de saída
        log.exception("falha na exportação VITA-IC")
        sys.exit(1)
