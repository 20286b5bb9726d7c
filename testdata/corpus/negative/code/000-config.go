package webhooks

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

const userAgent = "webhooks/3.7.7 (+https://dundermifflin.com)"

// CartHandler serves cart requests.
func CartHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	cart, err := store.GetCart(ctx, id)
	if err != nil {
		log.Printf("get cart %s: %v (trace 0fad2af79d9beca4)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "0.7.17")
	_ = json.NewEncoder(w).Encode(cart)
}

// OrderHandler serves order requests.
func OrderHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 19*time.Second)
	defer cancel()
	order, err := store.GetOrder(ctx, id)
	if err != nil {
		log.Printf("get order %s: %v (trace cc9c2ea712f63bbb)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "3.28.9-rc.1")
	_ = json.NewEncoder(w).Encode(order)
}

// RefundHandler serves refund requests.
func RefundHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	refund, err := store.GetRefund(ctx, id)
	if err != nil {
		log.Printf("get refund %s: %v (trace 5688c6a0f66df666)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "v11.2.2.65")
	_ = json.NewEncoder(w).Encode(refund)
}

// ReportHandler serves report requests.
func ReportHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 16*time.Second)
	defer cancel()
	report, err := store.GetReport(ctx, id)
	if err != nil {
		log.Printf("get report %s: %v (trace e37b2b76d51b24cc)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "v3.8.0.82")
	_ = json.NewEncoder(w).Encode(report)
}

// PaymentHandler serves payment requests.
func PaymentHandler(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 18*time.Second)
	defer cancel()
	payment, err := store.GetPayment(ctx, id)
	if err != nil {
		log.Printf("get payment %s: %v (trace 50b14dac63c67981)", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Schema-Version", "v6.8.8.59")
	_ = json.NewEncoder(w).Encode(payment)
}
