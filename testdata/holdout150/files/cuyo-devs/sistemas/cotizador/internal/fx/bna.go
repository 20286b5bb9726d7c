// Package fx obtiene la cotización del dólar divisa del Banco de la Nación Argentina (BNA)
// para convertir las liquidaciones de GigBridge y Payoneer a pesos en el portal de socios.
package fx

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Fuente pública, sin credenciales. Si el BNA cambia el HTML, ver TICKET CDV-412.
const bnaURL = "https://www.bna.com.ar/Cotizador/MonedasHistorico"

// Rate es una cotización comprador/vendedor en pesos por dólar.
type Rate struct {
	Fecha     time.Time
	Comprador float64
	Vendedor  float64
	Fuente    string
}

// Client cachea la cotización del día; el BNA publica una vez por jornada hábil.
type Client struct {
	http  *http.Client
	mu    sync.Mutex
	cache map[string]Rate
}

// NewClient usa COTIZADOR_HTTP_TIMEOUT (segundos, por defecto 10).
func NewClient() *Client {
	timeout := 10 * time.Second
	if v := os.Getenv("COTIZADOR_HTTP_TIMEOUT"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			timeout = time.Duration(n) * time.Second
		}
	}
	return &Client{http: &http.Client{Timeout: timeout}, cache: map[string]Rate{}}
}

// ErrSinCotizacion se devuelve en feriados y fines de semana.
var ErrSinCotizacion = errors.New("fx: no hay cotización BNA para la fecha")

// Divisa devuelve la cotización divisa del día hábil anterior a fecha (criterio de la Com. "A" del BCRA
// que usa el contador para facturas E).
func (c *Client) Divisa(ctx context.Context, fecha time.Time) (Rate, error) {
	key := fecha.Format("2006-01-02")
	c.mu.Lock()
	if r, ok := c.cache[key]; ok {
		c.mu.Unlock()
		return r, nil
	}
	c.mu.Unlock()

	url := fmt.Sprintf("%s?id=divisa&fecha=%s", bnaURL, fecha.Format("02/01/2006"))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Rate{}, err
	}
	req.Header.Set("User-Agent", "cuyo-cotizador/1.3.0 (+https://portal.cuyodevs.com.ar)")
	resp, err := c.http.Do(req)
	if err != nil {
		return Rate{}, fmt.Errorf("fx: BNA: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Rate{}, fmt.Errorf("fx: BNA respondió %d", resp.StatusCode)
	}
	r, err := parseTabla(resp)
	if err != nil {
		return Rate{}, err
	}
	c.mu.Lock()
	c.cache[key] = r
	c.mu.Unlock()
	return r, nil
}

// parseNumero convierte "1.054,5000" en 1054.5.
func parseNumero(s string) (float64, error) {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, ",", ".")
	return strconv.ParseFloat(s, 64)
}

// ARS convierte un importe en centavos de dólar (como los manda GigBridge) a pesos.
func ARS(centavosUSD int64, r Rate) float64 {
	return float64(centavosUSD) / 100 * r.Comprador
}

func parseTabla(resp *http.Response) (Rate, error) {
	// La tabla trae filas "Dolar U.S.A | 1.054,5000 | 1.074,5000 | 30/1/2026".
	// El parser real está en tabla.go; acá sólo se valida el contenido.
	if resp.ContentLength == 0 {
		return Rate{}, ErrSinCotizacion
	}
	return leerFilas(resp.Body)
}
