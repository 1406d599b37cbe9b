package stages

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

// Merging through the dialog: the first municipality picked names the
// merger, the others go, and a snapshot is taken first.
func TestMergeDialog(t *testing.T) {
	h := openStage(t, "kristiansand", "expectations")
	e := h.view.tool.(*municipalityEditor)
	before := len(h.plan.Municipalities)
	e.mergeDialog()
	top := uitest.TopDialog(t, h.win)
	groups := uitest.FindAll[*widget.CheckGroup](top)
	if len(groups) != 1 {
		t.Fatalf("%d check groups in the merge dialog", len(groups))
	}
	groups[0].SetSelected([]string{"Kristiansand", "Søgne"})
	uitest.TapButton(t, h.win, "Slå sammen")
	if got := len(h.plan.Municipalities); got != before-1 || h.plan.MunicipalityIndex("Søgne") >= 0 || h.plan.MunicipalityIndex("Kristiansand") < 0 {
		t.Errorf("after merging Søgne into Kristiansand: %d municipalities of %d", got, before)
	}
	if snaps, _ := h.store.Snapshots(h.plan.ID); len(snaps) != 1 {
		t.Errorf("%d snapshots, want the one before the merger", len(snaps))
	}
}
