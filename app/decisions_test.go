package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

func TestDecisionEditorAndExport(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	ps.selectStage(u.guide.StageIndex("structure"))
	if _, ok := ps.view.tool.(*decisionList); !ok {
		t.Fatalf("stage 5 has no decision list: %T", ps.view.tool)
	}
	d := &ps.plan.Decisions[0]
	e := newDecisionEditor(ps, d.ID)
	showDecision(ps, d.ID)

	// Mark Gol's council as having adopted it: the date is filled in.
	card := e.pathCard(ps.plan.MunicipalityIndex("Gol"))
	var selects []*widget.Select
	walk(card, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			selects = append(selects, s)
		}
	})
	if len(selects) != 2 {
		t.Fatalf("%d status selects for Gol's two bodies", len(selects))
	}
	selects[1].SetSelected("Vedtatt")
	gol := d.Path("Gol")
	if gol.Steps[1].Status != planmodel.CaseAdopted || gol.Steps[1].Decided == "" {
		t.Errorf("Gol's council after adopting: %+v", gol.Steps[1])
	}

	// Write drafts into a folder and wait for the background work.
	dir := t.TempDir()
	e.writeDrafts(dir)
	deadline := time.Now().Add(20 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		if len(files) == 7 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of 7 documents written", len(files))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Wait for the background work to report back, so it does not run on
	// into the next test.
	for !containsButton(u, "Åpne mappen") {
		if time.Now().After(deadline) {
			t.Fatal("no report that the documents were written")
		}
		time.Sleep(20 * time.Millisecond)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*Gol.pdf"))
	if len(files) != 1 {
		t.Fatalf("Gol's draft: %v", files)
	}
	if info, err := os.Stat(files[0]); err != nil || info.Size() < 5000 {
		t.Errorf("Gol's draft is missing or tiny: %v", err)
	}

	s := reopen(t, u, path)
	got, _ := s.Load(ps.plan.ID)
	if got.Decisions[0].Path("Gol").Steps[1].Status != planmodel.CaseAdopted {
		t.Error("the status was not saved")
	}
}

// containsButton reports whether the topmost dialog has a button with the text.
func containsButton(u *UI, text string) bool {
	top := u.win.Canvas().Overlays().Top()
	found := false
	if top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				found = true
			}
		})
	}
	return found
}
