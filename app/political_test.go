package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
	"regionplan/planmodel"
)

// TestReanchoringFlow walks the Hallingdal example, which opens right after
// the 2015 election, through the re-anchoring: the banner, the snapshots,
// the checklist per municipality, and on to the next election.
func TestReanchoringFlow(t *testing.T) {
	u, path := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	if !uitest.ContainsText(uitest.Texts(ps.banner), "14.09.2015") {
		t.Fatalf("no banner about the 2015 election: %q", uitest.Texts(ps.banner))
	}
	snaps, _ := u.store.Snapshots(ps.plan.ID)
	if len(snaps) != 1 || snaps[0].Reason != planmodel.SnapshotElection || snaps[0].Election != 2015 {
		t.Fatalf("opening after the election should take one snapshot: %+v", snaps)
	}
	test.Tap(uitest.FindButton(t, ps.banner, "Forankre planen på nytt"))
	if ps.plan.Reanchoring(2015) == nil || ps.stage != u.guide.StageIndex("political-shifts") {
		t.Fatalf("re-anchoring not started, or not shown: stage %d", ps.stage)
	}
	if snaps, _ := u.store.Snapshots(ps.plan.ID); len(snaps) != 2 {
		t.Errorf("starting the re-anchoring should take a snapshot: %d", len(snaps))
	}
	steps := map[string]bool{lang.L("Briefed"): true, lang.L("Contacts"): true, lang.L("Decision"): true, lang.L("Contribution"): true}
	var ticks []*widget.Check
	for _, c := range uitest.FindAll[*widget.Check](ps.view.Content) {
		if steps[c.Text] {
			ticks = append(ticks, c)
		}
	}
	if len(ticks) != 4*len(ps.plan.Municipalities) {
		t.Fatalf("%d ticks for %d municipalities", len(ticks), len(ps.plan.Municipalities))
	}
	for _, c := range ticks {
		test.Tap(c)
	}
	if !ps.plan.Reanchoring(2015).Anchored(ps.plan.IDOf("Flå")) || !uitest.ContainsText(uitest.Texts(ps.view.Content), "Forankret") {
		t.Error("after every tick, the municipalities are not shown as anchored")
	}
	// The next election the plan has not been anchored after is 2019.
	if !uitest.ContainsText(uitest.Texts(ps.banner), "09.09.2019") {
		t.Errorf("after 2015 is done the banner should speak of 2019: %q", uitest.Texts(ps.banner))
	}
	s := reopen(t, u, path)
	p, _ := s.Load(ps.plan.ID)
	if r := p.Reanchoring(2015); r == nil || !r.Anchored(p.IDOf("Hol")) || r.Progress(p.IDOf("Hol")).Done[planmodel.StepDecision] == "" {
		t.Errorf("the re-anchoring was not saved: %+v", r)
	}
}

func TestSnapshotCompareAndSetBack(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("kristiansand")
	ps := u.plan
	if _, err := u.store.TakeSnapshot(ps.plan, "Før endringene", planmodel.SnapshotManual, 0, u.now()); err != nil {
		t.Fatal(err)
	}
	ps.plan.Municipalities[1].Population = 15000
	ps.Changed()
	ps.show(historyScreen)
	h := newHistoryView(ps)
	snaps, _ := u.store.Snapshots(ps.plan.ID)
	h.compare(snaps[0])
	if !uitest.ContainsText(uitest.Texts(uitest.TopDialog(t, u.win)), "innbyggertallet endret fra 14\u00a0185 til 15\u00a0000") {
		t.Errorf("the comparison does not say what changed: %q", uitest.Texts(uitest.TopDialog(t, u.win)))
	}
	u.win.Canvas().Overlays().Top().Hide()
	h.confirmRestore(snaps[0])
	uitest.TapButton(t, u.win, "Ja")
	if u.plan.plan.Municipalities[1].Population != 14185 {
		t.Errorf("setting back did not restore the population: %d", u.plan.plan.Municipalities[1].Population)
	}
	if snaps, _ := u.store.Snapshots(ps.plan.ID); len(snaps) < 2 || !strings.HasPrefix(snaps[0].Name, "Før tilbakestilling") {
		t.Errorf("no snapshot before setting back: %+v", snaps)
	}
}
