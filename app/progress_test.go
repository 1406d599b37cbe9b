package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/internal/uitest"
)

// progressDue runs out the countdown to the plan screen's progress refresh,
// as the pause after a change does in the window.
func progressDue(t *testing.T, ps *planScreen) {
	t.Helper()
	tt, ok := ps.progressLater.(*testTimer)
	if !ok || tt.stopped || tt.fire == nil {
		t.Fatal("no progress refresh is waiting after the change")
	}
	tt.fire()
}

// The progress, the next step and the warning signals are worked out once
// typing pauses, not on every keystroke: typed into the decision editor,
// three characters start one countdown of progressDelay and restart it, the side bar's
// count stays as it was until it runs out, and then shows the change.
func TestProgressRefreshesAfterThePause(t *testing.T) {
	u, _ := newTestUI(t)
	var started int
	u.startTimer = func(d time.Duration, fire func()) timer {
		if d == progressDelay {
			started++
		}
		return &testTimer{fire: fire}
	}
	u.addExample("hallingdal")
	ps := u.plan
	if got := ps.signals.Text; got != "Varselsignaler (7)" {
		t.Fatalf("side-bar button %q before the change", got)
	}
	d := ps.plan.Decisions[0]
	stages.ShowDecision(ps, d.ID)
	var field *widget.Entry
	for _, e := range uitest.FindAll[*widget.Entry](ps.body.Objects[0]) {
		if e.MultiLine {
			field = e
			break
		}
	}
	if field == nil {
		t.Fatal("the decision editor has no text field")
	}
	ps.plan.Workshops[0].FollowUp = "Referat sendt" // removes one signal, seen at the next refresh
	u.win.Canvas().Focus(field)
	var refresh timer
	for _, r := range "abc" {
		field.TypedRune(r)
		if got := ps.signals.Text; got != "Varselsignaler (7)" {
			t.Fatalf("the signals were worked out again at the keystroke %q: %q", r, got)
		}
		if refresh == nil {
			refresh = ps.progressLater
		} else if ps.progressLater != refresh {
			t.Fatalf("the keystroke %q started a new progress countdown instead of restarting the first", r)
		}
	}
	if started > 2 { // the progress refresh's and the decision warnings'
		t.Errorf("%d countdowns of %v started for three keystrokes, want the progress refresh's restarted", started, progressDelay)
	}
	progressDue(t, ps)
	if got := ps.signals.Text; got != "Varselsignaler (6)" {
		t.Errorf("after the pause, side-bar button %q, want the follow-up counted", got)
	}
	test.Tap(ps.signals) // the refresh leaves the screen working
	if ps.stage != signalsView {
		t.Errorf("showing %d, want the signals", ps.stage)
	}
}
