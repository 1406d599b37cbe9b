package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"regionplan/examples"
	"regionplan/internal/testfs"
	"regionplan/internal/uitest"
	"regionplan/storage"
)

// The damaged-file screen (issue 17): a file whose first page is zeroed is
// offered a rebuild from its second header and a salvage; salvaging saves
// every plan into a new file without touching the damaged one, and using the
// saved plans puts them in place and opens the file again.
func TestDamagedFileScreenSalvages(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), storage.FileName)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range examples.Names {
		p, _ := examples.Plan(name, time.Now())
		s.Create(p)
	}
	s.Close()
	data, _ := os.ReadFile(path)
	clear(data[:4096])
	os.WriteFile(path, data, 0o600)
	_, err = storage.Open(path)
	if err == nil {
		t.Fatal("the damaged file opened")
	}
	w := a.NewWindow("Regionplan")
	reopened := 0
	ShowFatal(w, path, err, func() { reopened++ })
	uitest.FindButton(t, w.Content(), "Gjenoppbygg fra den andre hodesiden")
	test.Tap(uitest.FindButton(t, w.Content(), "Berg det som kan reddes …"))
	if after, _ := os.ReadFile(path); string(after) != string(data) {
		t.Fatal("salvage wrote into the damaged file")
	}
	box := uitest.TopDialog(t, w)
	if !strings.Contains(uitest.RichText(box), "Berget 2 planer, 0 slettede planer og 0 øyeblikksbilder") {
		t.Errorf("the salvage dialog says %q", uitest.Texts(box))
	}
	test.Tap(uitest.FindButton(t, box, "Bruk de bergede planene"))
	if reopened != 1 {
		t.Fatalf("reopen called %d times", reopened)
	}
	s, err = storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if list, _ := s.List(); len(list) != len(examples.Names) {
		t.Errorf("%d plans after using the saved plans", len(list))
	}
}

// Issue 17, defect 12: on a full disk the day's backup was skipped silently.
// The plan screen's status line says so.
func TestSkippedBackupIsInTheStatusLine(t *testing.T) {
	a := test.NewTempApp(t)
	if err := SetLanguage("nb"); err != nil {
		t.Fatal(err)
	}
	dir := testfs.Small(t, 1024)
	path := filepath.Join(dir, storage.FileName)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := examples.Plan("hallingdal", time.Now())
	s.Create(p)
	s.Close()
	os.RemoveAll(storage.BackupDir(path))
	testfs.Fill(t, dir, 4096)
	if s, err = storage.Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	u, err := New(a, s)
	if err != nil {
		t.Fatal(err)
	}
	u.startTimer = func(time.Duration, func()) timer { return &testTimer{} }
	u.openPlan(p.ID)
	if got := u.plan.status.Text; !strings.Contains(got, "Ingen automatisk sikkerhetskopi i dag: disken er full.") {
		t.Errorf("status line %q", got)
	}
}
