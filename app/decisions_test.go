package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
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

// A field of the decision editor that has the keyboard used to keep it when
// the user went back to the list of decisions, or deleted the decision:
// what was typed next went on into the decision no longer shown (or, once
// deleted, into none). Leaving the editor now takes the keyboard away.
func TestDecisionEditorLetsGoOfTheKeyboardWhenLeft(t *testing.T) {
	u, _ := newTestUI(t)
	p, _ := examples.Plan("hallingdal", time.Now())
	p.Decisions = append(p.Decisions, report.NewDecision(p, planmodel.DecisionFunding, time.Now()))
	if err := u.store.Create(p); err != nil {
		t.Fatal(err)
	}
	u.openPlan(p.ID)
	ps, c := u.plan, u.win.Canvas()
	for _, leave := range []string{"Tilbake til steget Struktur", "Slett vedtak"} {
		d := ps.plan.Decisions[0]
		stages.ShowDecision(ps, d.ID)
		var title *widget.Entry
		for _, e := range uitest.FindAll[*widget.Entry](ps.body) {
			if e.Text == d.Texts[planmodel.Bokmal].Title {
				title = e
			}
		}
		if title == nil {
			t.Fatal("no field holds the title")
		}
		c.Focus(title)
		uitest.TypeKeys(c, "Nå ")
		uitest.FindButton(t, ps.body, leave).Tapped(&fyne.PointEvent{}) // as the window does: test.Tap would give the button the keyboard
		if leave == "Slett vedtak" {
			uitest.TapButton(t, u.win, "Ja")
			if ps.plan.Decision(d.ID) != nil {
				t.Fatal("the decision was not deleted")
			}
		}
		if f := c.Focused(); f != nil {
			t.Errorf("after %q the field %T still has the keyboard", leave, f)
		}
	}
}
