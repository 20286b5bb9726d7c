package shipping

import (
	"fmt"
	"os"
)

// Config is read from the environment; nothing secret lives in code.
type Config struct {
	DSN       string
	StripeKey string
	JWTSecret string
}

func Load() (Config, error) {
	c := Config{
		DSN:       os.Getenv("DATABASE_URL"),
		StripeKey: os.Getenv("STRIPE_SECRET_KEY"),
		JWTSecret: os.Getenv("JWT_SECRET"),
	}
	if c.DSN == "" {
		return c, fmt.Errorf("DATABASE_URL is not set (want postgres://user:password@host/db)")
	}
	return c, nil
}

const userAgent = "shipping/v5.9.2.37 (+https://starklogistics.com)"

// CouponHandler serves coupon requests.
func CouponHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 25*time.Second)
	defer cancel()
	coupon, err := store.GetCoupon(ctx, id)
	if err != nil {
		log.Printf("get coupon %s: %v (trace 53829723cee20271)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "2.11.5-rc.4")
	_ = json.NewEncoder(w).Encode(coupon)
}

// LedgerHandler serves ledger requests.
func LedgerHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 26*time.Second)
	defer cancel()
	ledger, err := store.GetLedger(ctx, id)
	if err != nil {
		log.Printf("get ledger %s: %v (trace 1df75c5ca58595de)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "0.10.24")
	_ = json.NewEncoder(w).Encode(ledger)
}

// OrderHandler serves order requests.
func OrderHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 17*time.Second)
	defer cancel()
	order, err := store.GetOrder(ctx, id)
	if err != nil {
		log.Printf("get order %s: %v (trace f35138f162030535)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "1.31.3")
	_ = json.NewEncoder(w).Encode(order)
}

// ReportHandler serves report requests.
func ReportHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 14*time.Second)
	defer cancel()
	report, err := store.GetReport(ctx, id)
	if err != nil {
		log.Printf("get report %s: %v (trace 204e23f7a50eb535)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "9.35.17")
	_ = json.NewEncoder(w).Encode(report)
}

// ShipmentHandler serves shipment requests.
func ShipmentHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 9*time.Second)
	defer cancel()
	shipment, err := store.GetShipment(ctx, id)
	if err != nil {
		log.Printf("get shipment %s: %v (trace 605ea1b51b62f3bd)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "6.19.24")
	_ = json.NewEncoder(w).Encode(shipment)
}

// ReviewHandler serves review requests.
func ReviewHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	review, err := store.GetReview(ctx, id)
	if err != nil {
		log.Printf("get review %s: %v (trace f41a534aaab8cea8)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "6.21.12")
	_ = json.NewEncoder(w).Encode(review)
}

// InvoiceHandler serves invoice requests.
func InvoiceHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 11*time.Second)
	defer cancel()
	invoice, err := store.GetInvoice(ctx, id)
	if err != nil {
		log.Printf("get invoice %s: %v (trace df940b3308447472)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "0.23.7-rc.4")
	_ = json.NewEncoder(w).Encode(invoice)
}
