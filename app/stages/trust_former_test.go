package stages

import (
	"testing"

	"regionplan/app/widgets"
	"regionplan/planmodel"
)

// An assessment of a municipality that has left the plan keeps its name in
// the form, and saving the form keeps it as that former municipality's.
func TestTrustOfAMunicipalityThatLeft(t *testing.T) {
	h := openStage(t, "kristiansand", "trust")
	p := h.plan
	gone := p.Municipalities[2].Name // Songdalen, whose assessments come third in each round
	p.RemoveMunicipality(2)
	tool := h.view.tool.(*trustTool)
	a := p.Trust[2]
	if a.Former != gone {
		t.Fatalf("the assessment after removing %s: %+v", gone, a)
	}
	if title, _ := tool.summary(a); title != widgets.DateOf(a.Date)+" · "+gone {
		t.Errorf("summary %q", title)
	}
	_, read := tool.form(a)
	n, err := read()
	if err != nil || n.Former != gone || n.Municipality != "" || n.Group != "" {
		t.Errorf("saved from the form: %+v, %v", n, err)
	}
	if err := n.Validate(p.KnownIDs()); err != nil {
		t.Error(err)
	}
	if id, former, group := respondent(p, p.Municipalities[0].Name, gone); id != p.Municipalities[0].ID || former != "" || group != "" {
		t.Errorf("choosing %s: %q %q %q", p.Municipalities[0].Name, id, former, group)
	}
	if _, _, group := respondent(p, groupName(planmodel.GroupBusiness), gone); group != planmodel.GroupBusiness {
		t.Errorf("choosing the business group: %q", group)
	}
}
