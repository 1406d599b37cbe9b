package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

// History → Compare with now names the re-anchoring steps ticked since the
// snapshot that starting the re-anchoring took.
func TestCompareSeesReanchoringSteps(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	test.Tap(uitest.FindButton(t, ps.banner, "Forankre planen på nytt"))
	ticked := 0
	for _, c := range uitest.FindAll[*widget.Check](ps.view.Content) {
		if c.Text == lang.L("Briefed") && ticked < 5 {
			test.Tap(c)
			ticked++
		}
	}
	snaps, _ := u.store.Snapshots(ps.plan.ID)
	if ticked != 5 || len(snaps) == 0 || !strings.HasPrefix(snaps[0].Name, "Før ny forankring") {
		t.Fatalf("%d steps ticked; snapshots %+v", ticked, snaps)
	}
	ps.show(historyScreen)
	newHistoryView(ps).compare(snaps[0])
	texts := uitest.Texts(uitest.TopDialog(t, u.win))
	n := 0
	for _, s := range texts {
		if strings.Contains(s, "«Orientert» krysset av") {
			n++
		}
	}
	if n != 5 || !uitest.ContainsText(texts, "Ny forankring etter valget i 2015 startet") {
		t.Errorf("the comparison names %d ticked steps, want 5: %q", n, texts)
	}
}
