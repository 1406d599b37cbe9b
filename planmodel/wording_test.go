package planmodel_test

import (
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
)

// A plan's free texts read in each document's own standard where they have
// a wording there; the ones without are listed for that standard only.
func TestWordingFollowsTheDocument(t *testing.T) {
	p, err := examples.Plan("kristiansand", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if p.DocumentStandard() != planmodel.Bokmal {
		t.Fatalf("the plan's standard is %s", p.DocumentStandard())
	}
	nn := p.InStandard(planmodel.Nynorsk)
	if nn.Leader != "Prosjektleiar i Kristiansand kommune" || p.Leader != "Prosjektleder i Kristiansand kommune" || nn.Goals[0].Title != "Fleire arbeidsplassar i privat sektor" {
		t.Errorf("nynorsk: %q, %q", nn.Leader, nn.Goals[0].Title)
	}
	if p.InStandard(planmodel.Bokmal).Resources.Costs[0].Title != "Prosjektleder (100 % stilling)" || nn.Resources.Costs[0].Title != "Prosjektleiar (100 % stilling)" {
		t.Error("the cost item is not worded per standard")
	}
	if p.Goals[0].Title != "Flere arbeidsplasser i privat sektor" {
		t.Error("InStandard changed the plan itself")
	}
	missing := p.NotIn(planmodel.Nynorsk)
	for _, w := range missing {
		if w.Field == "leader" || w.Field == "goals[0].title" {
			t.Errorf("%s has a nynorsk wording but is listed", w.Field)
		}
	}
	if len(missing) == 0 || len(p.NotIn(planmodel.Bokmal)) != 0 {
		t.Errorf("%d texts without nynorsk, %d without bokmål", len(missing), len(p.NotIn(planmodel.Bokmal)))
	}
	missing[0].Set(planmodel.Nynorsk, "Eit nynorsk namn")
	if len(p.NotIn(planmodel.Nynorsk)) != len(missing)-1 {
		t.Error("a wording set through the list did not take")
	}
	h, _ := examples.Plan("hallingdal", time.Now())
	if h.DocumentStandard() != planmodel.Nynorsk {
		t.Errorf("Hallingdal, mostly nynorsk, has %s as its standard", h.DocumentStandard())
	}
}
