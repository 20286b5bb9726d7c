package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/veil-dlp/veil/engine"
)

// writeSARIF writes findings as a SARIF 2.1.0 log, for code-scanning UIs.
// Values are never written, even with --show-values.
func writeSARIF(w io.Writer, e *engine.Engine, fs []scanFinding) error {
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		ByteOffset  int `json:"byteOffset"`
		ByteLength  int `json:"byteLength"`
	}
	type location struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI string `json:"uri"`
			} `json:"artifactLocation"`
			Region region `json:"region"`
		} `json:"physicalLocation"`
	}
	type result struct {
		RuleID    string         `json:"ruleId"`
		Level     string         `json:"level"`
		Message   map[string]any `json:"message"`
		Locations []location     `json:"locations"`
	}
	type rule struct {
		ID               string         `json:"id"`
		ShortDescription map[string]any `json:"shortDescription"`
		Properties       map[string]any `json:"properties"`
	}
	var rs []rule
	for _, r := range e.Rules() {
		rs = append(rs, rule{ID: r.ID, ShortDescription: map[string]any{"text": r.Type},
			Properties: map[string]any{"category": r.Category}})
	}
	results := make([]result, 0, len(fs))
	for _, f := range fs {
		var loc location
		loc.PhysicalLocation.ArtifactLocation.URI = f.Path
		loc.PhysicalLocation.Region = region{StartLine: f.Line, StartColumn: f.Column, ByteOffset: f.Start, ByteLength: f.End - f.Start}
		results = append(results, result{RuleID: f.Rule, Level: "error",
			Message:   map[string]any{"text": fmt.Sprintf("%s %s (confidence %.2f)", f.Category, f.Type, f.Confidence)},
			Locations: []location{loc}})
	}
	log := map[string]any{
		"version": "2.1.0",
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"runs": []any{map[string]any{
			"tool":    map[string]any{"driver": map[string]any{"name": "veil", "informationUri": "https://github.com/veil-dlp/veil", "rules": rs}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
