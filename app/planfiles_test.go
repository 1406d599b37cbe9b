package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/storage"
)

func TestImportListsEveryProblemAndStoresNothing(t *testing.T) {
	u, _ := newTestUI(t)
	p, _ := examples.Plan("hallingdal", u.now())
	data, _ := storage.EncodePlanFile(p, u.now())
	data = bytes.Replace(data, []byte(`"population": 4621`), []byte(`"population": "mange"`), 1)
	data = bytes.Replace(data, []byte(`"lastYear": 2019`), []byte(`"lastYear": 2001`), 1)
	u.importPlan("hallingdal.json", data)
	got := uitest.Texts(uitest.TopDialog(t, u.win))
	for _, want := range []string{
		"municipalities[2].population: Må være et helt tall.",
		"lastYear: Perioden slutter før den begynner.",
	} {
		if !uitest.ContainsText(got, want) {
			t.Errorf("the dialog does not say %q: %q", want, got)
		}
	}
	if list, _ := u.store.List(); len(list) != 0 || u.plan != nil {
		t.Errorf("a refused import stored %d plans", len(list))
	}
}

func TestImportOpensThePlan(t *testing.T) {
	u, _ := newTestUI(t)
	p, _ := examples.Plan("kristiansand", u.now())
	data, _ := storage.EncodePlanFile(p, u.now())
	u.importPlan("k.json", data)
	if u.plan == nil || u.plan.plan.Name != p.Name || len(u.plan.plan.Municipalities) != 7 {
		t.Fatalf("imported plan not opened: %+v", u.plan)
	}
}

func TestRestoreBackupFromTheWindow(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	u.store = reopen(t, u, path) // the first open of the day with plans takes a backup
	u.addExample("kristiansand")
	u.showStart()
	u.backupsDialog()
	uitest.TapButton(t, u.win, "Gjenopprett")
	uitest.TapButton(t, u.win, "Ja")
	if len(u.start.entries) != 1 || u.start.entries[0].Plan.Region != "Hallingdal" {
		t.Fatalf("after restoring the morning's backup: %+v", u.start.entries)
	}
	list, _ := u.store.Backups()
	if len(list) != 2 || list[0].Kind != storage.KindBeforeRestore {
		t.Errorf("backups after a restore: %+v", list)
	}
}

func TestDamagedFileShowsBannerAndSavesNothing(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	u.closePlan()
	u.store.Close()
	data, _ := os.ReadFile(path)
	i := bytes.Index(data, []byte("Hemsedal"))
	data[i] = 'X'
	os.WriteFile(path, data, 0o600)

	s, err := storage.Open(path)
	if err != nil {
		t.Fatalf("a file with one damaged plan should open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	u.store = s
	u.showStart()
	if !uitest.ContainsText(uitest.Texts(u.start.content), "En del av planfilen er skadet") {
		t.Error("no warning that the file is damaged")
	}
	if !uitest.ContainsText(uitest.Texts(u.start.content), "Skadet plan") {
		t.Error("the damaged plan is not listed as damaged")
	}
}

func TestFailedSaveIsShownAndKept(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("kristiansand")
	u.store.Close() // the file goes away under the window
	u.plan.plan.SetItem(u.guide.Stages[0].Items[0].ID, planmodel.Done, "", u.now())
	u.plan.Changed()
	u.plan.saver.flush()
	if !strings.HasPrefix(u.plan.status.Text, "Ikke lagret:") {
		t.Errorf("status after a failed save: %q", u.plan.status.Text)
	}
	if !u.plan.saver.pending() {
		t.Error("the unsaved change was dropped")
	}
}

func TestImportOfAPlanThatIsHereAsksCopyOrReplace(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	p := u.plan.plan.Clone()
	p.Name = "Hallingdal, ny versjon"
	data, _ := storage.EncodePlanFile(p, u.now())

	u.importPlan("h.json", data)
	uitest.TapButton(t, u.win, "Importer som kopi")
	if list, _ := u.store.List(); len(list) != 2 {
		t.Fatalf("a copy should make two plans: %d", len(list))
	}
	u.importPlan("h.json", data)
	uitest.TapButton(t, u.win, "Erstatt")
	if got, _ := u.store.Load(p.ID); got.Name != "Hallingdal, ny versjon" {
		t.Errorf("not replaced: %q", got.Name)
	}
	if snaps, _ := u.store.Snapshots(p.ID); len(snaps) == 0 || snaps[0].Reason != planmodel.SnapshotBeforeImport {
		t.Errorf("no snapshot before replacing: %+v", snaps)
	}
}

func TestLeavingAPlanWhoseChangesCannotBeSavedAsksFirst(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("kristiansand")
	u.store.Close() // every save fails from now on
	u.plan.plan.SetItem(u.guide.Stages[0].Items[0].ID, planmodel.Done, "", u.now())
	u.plan.Changed()
	u.showStart()
	if u.plan == nil {
		t.Fatal("the plan was closed and its unsaved change lost")
	}
	uitest.TapButton(t, u.win, "Bli")
	if u.plan == nil {
		t.Fatal("Stay closed the plan")
	}
	u.showStart()
	uitest.TapButton(t, u.win, "Gå ut uten endringene")
	if u.plan != nil {
		t.Error("leaving without the changes kept the plan open")
	}
}

// A document is saved as a PDF with its DOCX beside it, so a DOCX of the
// same name is one the user is asked about before it is replaced.
func TestSavingADocumentAsksAboutItsDOCX(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "Ressursplan.pdf")
	if err := os.WriteFile(filepath.Join(dir, "Ressursplan.docx"), []byte("earlier"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := existingTarget(pdf, ".pdf", filepath.Join(dir, "regionplan.db"))
	if err != nil || got != "Ressursplan.docx" {
		t.Errorf("existing %q, %v; want the DOCX named", got, err)
	}
	if _, err := existingTarget(filepath.Join(dir, "regionplan.pdf"), ".pdf", filepath.Join(dir, "regionplan.docx")); err == nil {
		t.Error("a DOCX beside the PDF may replace the plan file")
	}
	if got, err := existingTarget(filepath.Join(dir, "plan.json"), ".json", filepath.Join(dir, "regionplan.db")); err != nil || got != "" {
		t.Errorf("a new plan file: %q, %v", got, err)
	}
}

// The export's bar moves a step per document written, and Avbryt stops the
// export and leaves none of its files, not even temporary ones.
func TestCancelExportRemovesWrittenFiles(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	dir := t.TempDir()
	id := u.plan.plan.Decisions[0].ID
	var heard []int
	u.plan.WriteInBackground(dir, func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error) {
		return report.WriteDecisionFiles(ctx, p, p.Decision(id), dir, u.now(), func(done, total int) {
			progress(done, total)
			heard = append(heard, done)
			bars := uitest.FindAll[*widget.ProgressBar](uitest.TopDialog(t, u.win))
			if len(bars) != 1 || bars[0].Value != float64(done)/float64(total) {
				t.Errorf("after %d of %d documents the dialog's bars are %v", done, total, bars)
			}
			if entries, _ := os.ReadDir(dir); len(entries) == 0 {
				t.Errorf("after %d documents nothing has been written yet", done)
			}
			if done == 2 {
				uitest.TapButton(t, u.win, "Avbryt")
			}
		})
	}, func(n int, dir string) string { return "written" })
	if !slices.Equal(heard, []int{1, 2}) {
		t.Errorf("progress heard %v, want 1 and 2, then nothing after Avbryt", heard)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("after Avbryt the folder holds %d files", len(entries))
	}
	if got := uitest.Texts(uitest.TopDialog(t, u.win)); !uitest.ContainsText(got, "Eksporten ble stoppet, og ingen av filene ble skrevet.") {
		t.Errorf("after Avbryt the window says %q", got)
	}
}

// The message after an export counts documents, as the bar does, not the
// files each is written in.
func TestExportCountsDocuments(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	dir := t.TempDir()
	id := u.plan.plan.Decisions[0].ID
	u.plan.WriteInBackground(dir, func(ctx context.Context, p *planmodel.Plan, progress func(done, total int)) ([]string, error) {
		return report.WriteDecisionFiles(ctx, p, p.Decision(id), dir, u.now(), progress)
	}, func(n int, dir string) string { return fmt.Sprintf("%d documents", n) })
	want := len(u.plan.plan.Municipalities) + 1 // a draft each and the overview
	if got := uitest.Texts(uitest.TopDialog(t, u.win)); !uitest.ContainsText(got, fmt.Sprintf("%d documents", want)) {
		t.Errorf("after the export the window says %q, want %d documents", got, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2*want {
		t.Errorf("the folder holds %d files, want %d", len(entries), 2*want)
	}
}
