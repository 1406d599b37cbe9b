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
