package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

func TestSignalsPanelOpensTheStage(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	if got := ps.signals.Text; got != "Varselsignaler (7)" {
		t.Errorf("side-bar button %q", got)
	}
	test.Tap(ps.signals)
	if ps.stage != signalsView {
		t.Fatalf("showing %d, want the signals", ps.stage)
	}
	body := ps.body.Objects[0]
	for _, want := range []string{"Tilliten faller", "Gjelder: Forankring", "Gjelder: Flå, Nes", "Verksteder uten oppfølging", "Gjelder: Hallingtinget: tillit og samarbeid etter valget"} {
		if !uitest.ContainsText(uitest.Texts(body), want) {
			t.Errorf("the signals panel lacks %q", want)
		}
	}
	for _, b := range uitest.FindAll[*widget.Button](body) {
		if b.Text == "Gå til 4. Medvirkning" {
			test.Tap(b)
		}
	}
	if ps.stage != 3 {
		t.Errorf("after the button, stage %d is shown, want 3", ps.stage)
	}

	// Recording the follow-up removes the signal and updates the count.
	ps.plan.Workshops[0].FollowUp = "Referat sendt"
	ps.Changed()
	progressDue(t, ps)
	if got := ps.signals.Text; got != "Varselsignaler (6)" {
		t.Errorf("after the follow-up, side-bar button %q", got)
	}
}
