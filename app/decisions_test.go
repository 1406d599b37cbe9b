package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/planmodel"
	"regionplan/report"
	"regionplan/storage"
)

// The plan screen shows every decision in one kept editor. In a plan file
// opened read-only, the second decision opened in it, with a path of more
// bodies than the first (rows the first did not need), cannot be typed
// into any more than the first.
func TestReadOnlyPlanKeptDecisionEditorCannotBeTypedInto(t *testing.T) {
	p, _ := examples.Plan("hallingdal", time.Now())
	d := report.NewDecision(p, planmodel.DecisionFunding, time.Now())
	d.Paths[0].Steps = append(d.Paths[0].Steps, planmodel.CaseStep{Body: "Kontrollutvalget"}, planmodel.CaseStep{Body: "Eldrerådet"})
	p.Decisions = append(p.Decisions, d)
	_, ps := openReadOnlyStore(t, func(t *testing.T) (*storage.Store, string) { return readOnlyStoreOf(t, p) })
	for _, id := range []string{p.Decisions[0].ID, d.ID, p.Decisions[0].ID} {
		stages.ShowDecision(ps, id)
		found := false
		for _, e := range uitest.FindAll[*widget.Entry](ps.body) {
			found = found || e.Text == "Eldrerådet"
			if !e.Disabled() {
				t.Errorf("decision %s: the entry %q can be typed into", id, e.Text)
			}
		}
		if found != (id == d.ID) {
			t.Errorf("decision %s: the fourth body of the second decision shown: %v", id, found)
		}
	}
}
