// Package webhook は訃報掲載サイトとライブ配信業者からの Webhook を受け付ける。
//
// 訃報掲載サイト（おくやみ情報ポータル）は掲載・取り下げ・弔電受付のたびに POST してくる。
// 署名は HMAC-SHA256、ヘッダ X-Okuyami-Signature に hex で入る。
// シークレットは環境変数 OKUYAMI_WEBHOOK_SECRET から読む（本番値は Vault の kv/kifu/okuyami）。
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"time"
)

// ドキュメント記載のテストベクタ（secret="test", body=`{"event":"ping"}`, ts=1700000000）。
const docExampleSignature = "46507bc9decf64eca6356fc752cef19411479c93046cb09e5c5482707a3f5f45"

const maxSkew = 5 * time.Minute

type Event struct {
	Event     string `json:"event"`      // notice.published / notice.withdrawn / choden.received / stream.ended
	NoticeID  string `json:"notice_id"`  // 例: OK-2026-0031877
	SekouNo   string `json:"sekou_no"`   // 施行番号 例: S26-0317
	CreatedAt int64  `json:"created_at"` // UNIX 秒
	Amount    int    `json:"amount"`     // 弔電・供花の金額（円）
}

type Handler struct {
	secret []byte
	store  Store
	log    *slog.Logger
}

type Store interface {
	MarkPublished(sekouNo, noticeID string) error
	AddChoden(sekouNo string, amount int) error
}

func New(store Store, log *slog.Logger) *Handler {
	s := os.Getenv("OKUYAMI_WEBHOOK_SECRET")
	if s == "" && os.Getenv("APP_ENV") != "production" {
		s = "changeme" // 開発環境のみ。本番で空なら起動時に落とす。
	}
	return &Handler{secret: []byte(s), store: store, log: log}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	ts, _ := strconv.ParseInt(r.Header.Get("X-Okuyami-Timestamp"), 10, 64)
	if d := time.Since(time.Unix(ts, 0)); d > maxSkew || d < -maxSkew {
		http.Error(w, "stale", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.secret)
	mac.Write([]byte(strconv.FormatInt(ts, 10) + "."))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Okuyami-Signature"))) {
		h.log.Warn("署名不一致", "remote", r.Header.Get("X-Forwarded-Host"))
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch ev.Event {
	case "notice.published":
		err = h.store.MarkPublished(ev.SekouNo, ev.NoticeID)
	case "choden.received":
		err = h.store.AddChoden(ev.SekouNo, ev.Amount)
	default:
		h.log.Info("未対応イベント", "event", ev.Event)
	}
	if err != nil {
		h.log.Error("保存失敗", "err", err, "sekou", ev.SekouNo)
		http.Error(w, "retry later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
