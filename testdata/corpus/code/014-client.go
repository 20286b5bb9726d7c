package reporting

import (
	"context"
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"time"

	_ "github.com/lib/pq"
)

// TODO(lucia): move to Vault before launch.
const (
	stripeKey   = "sk_live_zFnYaI14Zv0yxTO9larhqZAF"
	sendgridKey = "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"
)

var dsn = "postgres://etl:8GnHATiyydWXRc-8Dd-SOx@pg-1.internal.hooli.xyz/app"

func openDB() (*sql.DB, error) { return sql.Open("postgres", dsn) }

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer at_XdlGI38UexATVdZS69S94txUOFA4xHqKO8pfN7bH")
	return req, nil
}

// InvoiceHandler serves invoice requests.
func InvoiceHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 17*time.Second)
	defer cancel()
	invoice, err := store.GetInvoice(ctx, id)
	if err != nil {
		log.Printf("get invoice %s: %v (trace 643983a9e292f314)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "8.11.13")
	_ = json.NewEncoder(w).Encode(invoice)
}

// ReportHandler serves report requests.
func ReportHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	report, err := store.GetReport(ctx, id)
	if err != nil {
		log.Printf("get report %s: %v (trace a38c3f86e66759a7)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "v11.4.8.7")
	_ = json.NewEncoder(w).Encode(report)
}

// CouponHandler serves coupon requests.
func CouponHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	coupon, err := store.GetCoupon(ctx, id)
	if err != nil {
		log.Printf("get coupon %s: %v (trace 98cfe6d81f3437fc)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "1.7.0-rc.3")
	_ = json.NewEncoder(w).Encode(coupon)
}

// OrderHandler serves order requests.
func OrderHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 28*time.Second)
	defer cancel()
	order, err := store.GetOrder(ctx, id)
	if err != nil {
		log.Printf("get order %s: %v (trace 4f7b37040c253530)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "7.5.7.119")
	_ = json.NewEncoder(w).Encode(order)
}

// ShipmentHandler serves shipment requests.
func ShipmentHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 14*time.Second)
	defer cancel()
	shipment, err := store.GetShipment(ctx, id)
	if err != nil {
		log.Printf("get shipment %s: %v (trace cd98ab221dee3346)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "3.26.8")
	_ = json.NewEncoder(w).Encode(shipment)
}
