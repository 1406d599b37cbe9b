package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"regionplan/storage"
)

// TestWorkbookRoundTrip exports the example's resource plan as a workbook
// with the real binary, edits one cell, and imports it: first only listing
// the change, then applying it after a snapshot. A workbook with text in a
// number cell is refused and changes nothing.
func TestWorkbookRoundTrip(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	rp := func(args ...string) (string, string, error) {
		cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		return stdout.String(), stderr.String(), err
	}
	out, _, err := rp("demo", "kristiansand")
	if err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSpace(out)
	book := filepath.Join(dir, "ressursplan.xlsx")
	if _, stderr, err := rp("export", "xlsx", "--plan", id, "--out", book); err != nil {
		t.Fatal(stderr)
	}
	if out, stderr, err := rp("import", "xlsx", "--plan", id, book); err != nil || !strings.Contains(out, "changes nothing") {
		t.Fatalf("an unedited workbook: %q %q %v", out, stderr, err)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellInt("Kostnader", "C2", 990_000)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	out, _, err = rp("import", "xlsx", "--plan", id, book)
	if err != nil || !strings.Contains(out, "Kostnader!C2 Prosjektleiar (100 % stilling), Budsjett 2015: 950\u00a0000 → 990\u00a0000") || !strings.Contains(out, "--apply") {
		t.Fatalf("listing the change: %q %v", out, err)
	}
	budget := func() int64 {
		s, err := storage.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		p, err := s.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		return p.Resources.Costs[0].Amounts.Get(2015)
	}
	if got := budget(); got != 950_000 {
		t.Fatalf("listing changed the plan: %d", got)
	}
	if out, stderr, err := rp("import", "xlsx", "--plan", id, book, "--apply"); err != nil || !strings.Contains(out, "1 changes made") {
		t.Fatalf("applying: %q %q %v", out, stderr, err)
	}
	if got := budget(); got != 990_000 {
		t.Fatalf("after applying: %d", got)
	}
	if out, _, _ := rp("snapshots", "--plan", id); !strings.Contains(out, "Before importing ressursplan.xlsx") {
		t.Errorf("no snapshot before the import: %q", out)
	}
	f.SetCellStr("Kostnader", "C2", "mye")
	f.SetCellInt("Kostnader", "C3", 1)
	f.Save()
	_, stderr, err := rp("import", "xlsx", "--plan", id, "--apply", book)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(stderr, "Kostnader!C2: the cell holds the text «mye»") {
		t.Fatalf("a hostile workbook: %q %v", stderr, err)
	}
	if got := budget(); got != 990_000 {
		t.Errorf("a refused workbook changed the plan: %d", got)
	}
}
