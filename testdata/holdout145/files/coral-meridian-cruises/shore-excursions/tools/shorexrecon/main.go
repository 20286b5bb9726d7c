// Command shorexrecon reconciles tour operator invoices against the onboard
// shore excursion sales exported from the folio system (Fidelio CSV).
//
// Usage:
//
//	shorexrecon -sales folio_shorex_V2524.csv -invoices vendor_invoices_2025-06.csv
//
// The API token is read from SHOREX_API_TOKEN; it is never passed on the command line.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

const (
	// toleranceCents is the per-tour difference accepted without manual review.
	toleranceCents = 500
	// defaultCommissionPct applies to vendors without a contracted rate.
	defaultCommissionPct = 22.5
	buildCommit          = "2912524ffd3247df3008f98a810df986a709b2ca"
)

// vendorRates maps vendor codes to their contracted commission (percent).
var vendorRates = map[string]float64{
	"CZM-017": 25.0, // Cozumel snorkel and beach break
	"CZM-031": 20.0, // Tulum ruins by ferry
	"NAS-004": 20.0, // Nassau Blue Lagoon
	"NAS-012": 27.5, // Atlantis day pass (resold)
	"FPO-002": 22.0, // Grand Bahama kayak and caves
}

type line struct {
	Tour     string
	Vendor   string
	Guests   int
	NetCents int64
}

func parseCents(s string) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	return int64(math.Round(f * 100)), nil
}

func readLines(path string, tourCol, vendorCol, guestCol, amountCol int) (map[string]line, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rd := csv.NewReader(f)
	out := map[string]line{}
	for n := 0; ; n++ {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if n == 0 {
			continue // header
		}
		g, _ := strconv.Atoi(rec[guestCol])
		c, err := parseCents(rec[amountCol])
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n+1, err)
		}
		k := rec[tourCol]
		l := out[k]
		l.Tour, l.Vendor = k, rec[vendorCol]
		l.Guests += g
		l.NetCents += c
		out[k] = l
	}
	return out, nil
}

func main() {
	sales := flag.String("sales", "folio_shorex_V2524.csv", "onboard sales export")
	invoices := flag.String("invoices", "vendor_invoices_2025-06.csv", "vendor invoice lines")
	api := flag.String("api", "https://shorex-api.coralmeridian.com/v2", "shorex API base URL")
	flag.Parse()

	if os.Getenv("SHOREX_API_TOKEN") == "" {
		log.Fatal("SHOREX_API_TOKEN not set (1Password item: shorex-recon / prod)")
	}
	s, err := readLines(*sales, 2, 3, 5, 7)
	if err != nil {
		log.Fatal(err)
	}
	inv, err := readLines(*invoices, 0, 1, 2, 4)
	if err != nil {
		log.Fatal(err)
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("api=%s build=%s\n", *api, buildCommit[:7])
	for _, k := range keys {
		rate, ok := vendorRates[s[k].Vendor]
		if !ok {
			rate = defaultCommissionPct
		}
		due := int64(math.Round(float64(s[k].NetCents) * (1 - rate/100)))
		diff := inv[k].NetCents - due
		mark := ""
		if diff > toleranceCents || diff < -toleranceCents || inv[k].Guests != s[k].Guests {
			mark = "REVIEW"
		}
		fmt.Printf("%-8s %-8s guests %4d/%4d due %10.2f invoiced %10.2f diff %8.2f %s\n",
			k, s[k].Vendor, s[k].Guests, inv[k].Guests, float64(due)/100, float64(inv[k].NetCents)/100,
			float64(diff)/100, mark)
	}
}
