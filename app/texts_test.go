package app

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/app/stages"
	"regionplan/internal/uitest"
)

// No drop-down list in the window shows Fyne's English "(Select one)".
func TestSelectsAskInNorwegian(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("kristiansand")
	ps := u.plan
	n := 0
	check := func(where string) {
		for _, s := range uitest.FindAll[*widget.Select](ps.body) {
			n++
			if s.PlaceHolder == "(Select one)" || s.PlaceHolder == "" {
				t.Errorf("%s: a list says %q when nothing is chosen", where, s.PlaceHolder)
			}
		}
	}
	for _, st := range u.guide.Stages {
		ps.ShowStage(st.ID, stages.TabTool)
		check(string(st.ID))
	}
	ps.show(settingsView)
	check("plan settings")
	if n < 3 {
		t.Fatalf("only %d lists found", n)
	}
}
