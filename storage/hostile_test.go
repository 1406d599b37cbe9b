package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"regionplan/examples"
)

// Defect 12 of issue 17: a plan file saved by Notepad starts with a UTF-8
// byte-order mark, and was refused as "not valid JSON (line 1, column 1)".
func TestPlanFileWithByteOrderMarkImports(t *testing.T) {
	p, _ := examples.Plan("kristiansand", now)
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := ExportPlan(p, path, now); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	os.WriteFile(path, append([]byte("\xEF\xBB\xBF"), data...), 0o600)
	q, err := ReadPlanFile(path)
	if err != nil {
		t.Fatalf("a plan file with a byte-order mark: %v", err)
	}
	if q.Name != p.Name || len(q.Municipalities) != len(p.Municipalities) {
		t.Errorf("read back %q with %d municipalities", q.Name, len(q.Municipalities))
	}
}

// Defect 11 of issue 17: a zeroed first page refused the whole file though
// bbolt's second header page describes a complete file. RecoverHeader
// rebuilds it from that page after keeping the damaged file.
func TestZeroedFirstPageIsRecoveredFromTheSecond(t *testing.T) {
	good, want := goodFile(t)
	damaged := append([]byte(nil), good...)
	clear(damaged[:4096])
	path := filepath.Join(t.TempDir(), FileName)
	os.WriteFile(path, damaged, 0o600)
	if _, err := Open(path); err == nil {
		t.Fatal("a file with a zeroed first page opened as if sound")
	}
	if !HeaderRecoverable(path) {
		t.Fatal("the second header is not seen")
	}
	if _, err := RecoverHeader(path); err != nil {
		t.Fatal(err)
	}
	if err := Verify(path); err != nil {
		t.Fatalf("the recovered file: %v", err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, _ := s.List()
	// The last save lies outside the second header's tree and is added.
	if len(list) != len(want) {
		t.Errorf("%d plans after recovery, want %d", len(list), len(want))
	}
	backups, _ := ListBackups(path)
	kept := false
	for _, b := range backups {
		if data, _ := os.ReadFile(b.Path); bytes.Equal(data, damaged) {
			kept = true
		}
	}
	if !kept {
		t.Error("the damaged file was not kept in the backup folder")
	}
	if HeaderRecoverable(path) {
		t.Error("a sound file is offered a header recovery")
	}
}
