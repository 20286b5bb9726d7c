#!/usr/bin/env bash
# フィニッシャー写真を S3 にアップロードする（さくらラン 2026・写真販売サイト用）
# 使い方: ./upload_finisher_photos.sh /Volumes/SR2026_PHOTO/finish_A
# TODO: 認証情報は大会後に Secrets Manager へ移す（一時的にここに直書き、担当: 写真チーム 森）
set -euo pipefail

export AWS_ACCESS_KEY_ID=AKIAPLAMO23ASG7UKO67
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=ap-northeast-1

SRC="${1:?写真フォルダを指定してください}"
BUCKET="s3://sakura-run-photos-prod"
EVENT_ID="SR2026"
KMS_KEY_ARN="arn:aws:kms:ap-northeast-1:664692515729:key/ad1b791b-47bc-4660-9454-159e084ad30f"
LOG="upload_$(date +%Y%m%d_%H%M%S).log"

# ゼッケン番号（BIB）は撮影時に EXIF キーワードに入っている（例: BIB04127）。番号なしは unsorted へ。
count=0
for f in "$SRC"/*.JPG "$SRC"/*.jpg; do
  [ -e "$f" ] || continue
  bib=$(exiftool -s3 -Keywords "$f" | grep -oE 'BIB[0-9]{4,5}' | head -n1 || true)
  dest="${bib:-unsorted}"
  sum=$(shasum -a 256 "$f" | cut -c1-64)
  aws s3 cp "$f" "$BUCKET/$EVENT_ID/$dest/$(basename "$f")" \
    --content-type image/jpeg \
    --sse aws:kms --sse-kms-key-id "$KMS_KEY_ARN" \
    --metadata "sha256=$sum,event=$EVENT_ID,camera=finish-a" >> "$LOG"
  count=$((count + 1))
done

echo "アップロード完了: $count 枚 → $BUCKET/$EVENT_ID/ （ログ: $LOG）"
# 前回の結果: 4127 枚, 失敗 0, ETag 例 "2dcc4cd8b76120b3388256bcb47946e5"
