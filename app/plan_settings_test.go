package app

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"regionplan/internal/uitest"
)

// A plan with municipalities but no applicant yet asks to choose one; it does
// not say that the municipalities are still to be added.
func TestApplicantAsksToChooseWhenMunicipalitiesExist(t *testing.T) {
	u, _ := newTestUI(t)
	u.addExample("hallingdal")
	ps := u.plan
	ps.plan.Applicant = ""
	ps.show(settingsView)
	for _, s := range uitest.FindAll[*widget.Select](ps.u.win.Content()) {
		if len(s.Options) == len(ps.plan.Municipalities) && s.Selected == "" && s.PlaceHolder != "(velg)" {
			t.Errorf("the applicant's list of %d municipalities says %q", len(s.Options), s.PlaceHolder)
		}
	}
}
