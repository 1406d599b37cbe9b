package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"regionplan/storage"
)

func TestExportWithoutInternalLeavesOutTrustMaterial(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	cli := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		if err := run(append([]string{"--db", db}, args...), &out, &out); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String()
	}
	id := strings.TrimSpace(cli("demo", "hallingdal"))
	full, shared := filepath.Join(dir, "full.json"), filepath.Join(dir, "shared.json")
	cli("export", "plan", "--plan", id, "--out", full)
	cli("export", "plan", "--plan", id, "--out", shared, "--without-internal")
	internal := []string{`"trust"`, `"trustNotes"`, "Visit Hallingdal gjør"} // the decision texts may cite the public figures the notes also use
	fullData, _ := os.ReadFile(full)
	sharedData, _ := os.ReadFile(shared)
	for _, s := range internal {
		if !bytes.Contains(fullData, []byte(s)) {
			t.Errorf("the full export lacks %q", s)
		}
		if bytes.Contains(sharedData, []byte(s)) {
			t.Errorf("the export without internal notes holds %q", s)
		}
	}
	p, err := storage.ReadPlanFile(shared)
	if err != nil {
		t.Fatalf("the shared export cannot be imported: %v", err)
	}
	if len(p.Trust) != 0 || p.TrustNotes != "" || len(p.Workshops) == 0 {
		t.Errorf("shared export: %d assessments, notes %q, %d workshops", len(p.Trust), p.TrustNotes, len(p.Workshops))
	}
}
