// Command nachlass-export liest ein Nachlassverzeichnis aus der Kanzlei-Datenbank und
// schickt es an den internen PDF-Renderdienst. Aufruf: nachlass-export -akte NL-2024-0093
package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

// TODO(jk): DSN und Token in die Umgebung verschieben (Ticket RW-IT-77).
const defaultDSN = "postgres://nachlass_export:YiiYUn1zWmNe*fRCjO@kanzlei-db.rw.local:5432/kanzlei?sslmode=require"

const (
	renderURL   = "http://192.168.52.76:8089/v1/render/nachlassverzeichnis"
	renderToken = "eoN60FaCh63Wtx5gWWLtmSWKrnsDxI9KsNI3vaK4"
	version     = "0.4.2"
)

// Position ist eine Zeile des Nachlassverzeichnisses (Aktiva oder Passiva).
type Position struct {
	Nr           int     `json:"nr"`
	Art          string  `json:"art"`
	Beschreibung string  `json:"beschreibung"`
	Referenz     string  `json:"referenz"`
	WertEUR      float64 `json:"wert_eur"`
	Stichtag     string  `json:"stichtag"`
}

func main() {
	akte := flag.String("akte", "", "Aktenzeichen, z. B. NL-2024-0093")
	timeout := flag.Duration("timeout", 30*time.Second, "Timeout")
	flag.Parse()
	if *akte == "" {
		log.Fatal("-akte fehlt")
	}
	dsn := os.Getenv("NACHLASS_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("db: %v", err)
	}
	defer db.Close()

	rows, err := db.QueryContext(ctx, `SELECT nr, art, beschreibung, referenz, wert_eur, stichtag
		FROM nachlass_positionen WHERE akte = $1 ORDER BY nr`, *akte)
	if err != nil {
		log.Fatalf("query: %v", err)
	}
	defer rows.Close()

	var pos []Position
	for rows.Next() {
		var p Position
		if err := rows.Scan(&p.Nr, &p.Art, &p.Beschreibung, &p.Referenz, &p.WertEUR, &p.Stichtag); err != nil {
			log.Fatalf("scan: %v", err)
		}
		pos = append(pos, p)
	}

	body, _ := json.Marshal(map[string]any{"akte": *akte, "positionen": pos, "vorlage": "NV-2314-v3"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, renderURL, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+renderToken)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "nachlass-export/"+version)

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatalf("render: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		log.Fatalf("render: HTTP %d", resp.StatusCode)
	}
	out := fmt.Sprintf("Nachlassverzeichnis_%s.pdf", *akte)
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if _, err := f.ReadFrom(resp.Body); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d Positionen exportiert nach %s", len(pos), out)
}
