#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""計量データ（トラックスケール）を kintone アプリ「計量実績」に同期するスクリプト.

見沼リサイクルセンターの計量サーバ（SQL Server）から前回同期以降の計量票を取得し、
kintone REST API でレコード登録する。タスクスケジューラで 15 分ごとに実行。

2024-05-30 田中: 計量器の状態確認（指示計）を追加
"""
import json
import logging
import socket
import sys
from datetime import datetime, timedelta, timezone

import pyodbc
import requests

JST = timezone(timedelta(hours=9))

KINTONE_DOMAIN = "kanto-kankyo.cybozu.com"
KINTONE_APP_ID = 212
# TODO: 環境変数に移す（監査指摘 No.12）
KINTONE_API_TOKEN = "KuSi7sJpR0RbHfk0OAoZBSLzX3rQrMuigLXmxIuG"

SQL_CONN = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=keiryo-srv01.minuma.kanto-kankyo.local,1433;DATABASE=KEIRYO;UID=sync_user;PWD=Z#pC1Y4n4r%FF8%G;Encrypt=yes;TrustServerCertificate=yes"

# 指示計（計量器本体）: TCP 直結、ステータス問い合わせ用
INDICATOR_HOST = "192.168.40.21"
INDICATOR_PORT = 4001

STATE_FILE = r"C:\kintone_sync\state\last_sync.json"

log = logging.getLogger("sync_keiryo")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


def indicator_ok() -> bool:
    """指示計にステータス要求 (ENQ) を送り、ゼロ点・安定を確認する."""
    try:
        with socket.create_connection((INDICATOR_HOST, INDICATOR_PORT), timeout=3) as s:
            s.sendall(b"\x05ST\r\n")
            resp = s.recv(64).decode("ascii", "replace")
    except OSError as e:
        log.warning("指示計に接続できません: %s", e)
        return False
    return resp.startswith("ST,ZR") or resp.startswith("ST,NT")


def load_state() -> datetime:
    try:
        with open(STATE_FILE, encoding="utf-8") as f:
            return datetime.fromisoformat(json.load(f)["last"])
    except (OSError, KeyError, ValueError):
        return datetime.now(JST) - timedelta(days=1)


def fetch_tickets(since: datetime):
    sql = (
        "SELECT keiryo_no, keiryo_dt, sharyo_no, tokuisaki_cd, hinmei_cd, sojuryo, kusha, shomi "
        "FROM dbo.T_KEIRYO WHERE keiryo_dt > ? ORDER BY keiryo_dt"
    )
    with pyodbc.connect(SQL_CONN, timeout=10) as cn:
        return cn.cursor().execute(sql, since.replace(tzinfo=None)).fetchall()


def to_record(r) -> dict:
    return {
        "計量No": {"value": f"{r.keiryo_no:07d}"},
        "計量日時": {"value": r.keiryo_dt.replace(tzinfo=JST).isoformat()},
        "車番": {"value": r.sharyo_no},
        "得意先コード": {"value": r.tokuisaki_cd},
        "品名コード": {"value": r.hinmei_cd},
        "正味重量": {"value": int(r.shomi)},
    }


def post_records(records):
    url = f"https://{KINTONE_DOMAIN}/k/v1/records.json"
    headers = {"X-Cybozu-API-Token": KINTONE_API_TOKEN, "Content-Type": "application/json"}
    for i in range(0, len(records), 100):
        body = {"app": KINTONE_APP_ID, "records": records[i:i + 100]}
        res = requests.post(url, headers=headers, data=json.dumps(body), timeout=30)
        res.raise_for_status()
        log.info("kintone 登録 %d 件 (revision %s)", len(body["records"]), res.json().get("revisions"))


def main() -> int:
    if not indicator_ok():
        log.warning("指示計の状態が不明のまま同期を続行します")
    since = load_state()
    rows = fetch_tickets(since)
    if not rows:
        log.info("新しい計量票はありません (since=%s)", since.isoformat())
        return 0
    post_records([to_record(r) for r in rows])
    with open(STATE_FILE, "w", encoding="utf-8") as f:
        json.dump({"last": rows[-1].keiryo_dt.replace(tzinfo=JST).isoformat()}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
