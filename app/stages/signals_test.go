package stages

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/examples"
	"regionplan/internal/uitest"
	"regionplan/wizard"
)

// TestStageListsTwoSignalsAtMost holds a stage with many warning signals to
// two lines above its tabs, the second counting the rest, so the stage keeps
// its room on a 1024×600 screen; the Kristiansand example has four for
// stage 7.
func TestStageListsTwoSignalsAtMost(t *testing.T) {
	h := newTestHost(t, examples.Kristiansand)
	fired := 0
	for _, f := range Findings(h) {
		if f.Stage == wizard.StageResources {
			fired++
		}
	}
	if fired <= shownSignals {
		t.Fatalf("the example has %d signals for stage 7; the test needs more than %d", fired, shownSignals)
	}
	box := stageSignals(h, wizard.StageResources)
	var warned []string
	for _, l := range uitest.FindAll[*widget.Label](box) {
		if l.Importance == widget.WarningImportance {
			warned = append(warned, l.Text)
		}
	}
	if len(warned) != shownSignals {
		t.Fatalf("stage 7 lists %d lines of signals, want %d: %q", len(warned), shownSignals, warned)
	}
	more := warned[len(warned)-1]
	if !strings.Contains(more, fmt.Sprintf("og %d varselsignaler til", fired-shownSignals+1)) {
		t.Errorf("the last line should count the %d signals not listed, got %q", fired-shownSignals+1, more)
	}
}

// A signal about two or more municipalities speaks of them in the plural:
// Hallingdal's example lacks the expectations of Flå and Nes, and stage 1
// said "En kommune mangler registrert forventning – Flå, Nes".
func TestSignalAboutSeveralMunicipalitiesIsPlural(t *testing.T) {
	h := newTestHost(t, examples.Hallingdal)
	for _, f := range Findings(h) {
		if f.ID != wizard.SignalNoExpectation {
			continue
		}
		if len(f.Names) < 2 {
			t.Fatalf("the example lacks only %q's expectation; the test needs two", f.Names)
		}
		box := stageSignals(h, wizard.StageExpectations)
		for _, l := range uitest.FindAll[*widget.Label](box) {
			if strings.Contains(l.Text, "En kommune") {
				t.Errorf("stage 1 says %q of %d municipalities", l.Text, len(f.Names))
			}
		}
		return
	}
	t.Fatal("no signal of a missing expectation in the example")
}
