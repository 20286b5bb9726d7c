#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
第2工場 ヒストリアン → S3 日次エクスポート

  - ヒストリアン (AVEVA Historian, Runtime DB) から前日分の 1 分値を取得
  - Parquet に変換して S3 (ap-northeast-1) にアップロード
  - 品質保証部の収率解析 (R-201/R-202 バッチ) で使用

実行: タスクスケジューラ "HFC_Hist_S3_Export" 毎日 01:15 (hfc-dmz-app02)
変更履歴:
  2025/12/02 初版 (生産技術部 制御G)
  2026/03/18 タグ追加 TIC-212, AIC-241 (MOC-HFC-2026-011)
  2026/04/10 TODO: 認証情報を環境変数/Secrets Manager へ移す (監査指摘 IA-2026-07)
"""
import datetime as dt
import io

import boto3
import pandas as pd
import sqlalchemy as sa

# ---- 接続情報 (暫定でハードコード。IA-2026-07 対応で削除予定) ----
HIST_DB_URL = "mssql+pyodbc://hist_export:j.-Lw43u89dw9F@hfc-hist01.p2.hfc.local:1433/Runtime?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes"
AWS_REGION = "ap-northeast-1"
AWS_ACCESS_KEY_ID = "AKIA72X4VZ5XEEBXTPUT"
AWS_SECRET_ACCESS_KEY = "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"
S3_BUCKET = "hfc-plant2-historian-export"
S3_PREFIX = "p2/1min/"

TAGS = [
    "R201_TIC201.PV", "R201_TIC201.SV", "R201_FIC205.PV",
    "R202_TIC202.PV", "R202_PIC202.PV", "R202_M202.Amps",
    "D210_TIC212.PV", "D210_PIC212.PV", "SCR_AIC241.PV",
]

SQL = sa.text("""
SELECT DateTime, TagName, Value, QualityDetail
FROM Runtime.dbo.History
WHERE TagName IN :tags
  AND DateTime >= :start AND DateTime < :end
  AND wwRetrievalMode = 'Cyclic'
  AND wwResolution = 60000
""").bindparams(sa.bindparam("tags", expanding=True))


def main() -> None:
    today = dt.date.today()
    start = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(0, 0))
    end = start + dt.timedelta(days=1)

    engine = sa.create_engine(HIST_DB_URL, pool_pre_ping=True)
    with engine.connect() as con:
        df = pd.read_sql(SQL, con, params={"tags": TAGS, "start": start, "end": end})

    # 品質 192 (Good) 以外は欠測扱い。品質コード 0x00C0 以外の件数をログに出す
    bad = (df["QualityDetail"] != 192).sum()
    df.loc[df["QualityDetail"] != 192, "Value"] = None
    wide = df.pivot_table(index="DateTime", columns="TagName", values="Value")
    print(f"{start:%Y-%m-%d}: rows={len(wide)} tags={wide.shape[1]} bad_quality={bad}")

    buf = io.BytesIO()
    wide.to_parquet(buf, compression="snappy")
    key = f"{S3_PREFIX}{start:%Y/%m}/p2_1min_{start:%Y%m%d}.parquet"

    s3 = boto3.client(
        "s3",
        region_name=AWS_REGION,
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    )
    s3.put_object(Bucket=S3_BUCKET, Key=key, Body=buf.getvalue(),
                  ServerSideEncryption="aws:kms",
                  SSEKMSKeyId="arn:aws:kms:ap-northeast-1:418203957712:alias/hfc-ot-export")
    print(f"uploaded s3://{S3_BUCKET}/{key} ({buf.tell()} bytes)")


if __name__ == "__main__":
    main()
