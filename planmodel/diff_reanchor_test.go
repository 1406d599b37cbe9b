package planmodel_test

import (
	"testing"

	"regionplan/examples"
	"regionplan/planmodel"
)

// Ticking re-anchoring steps after a snapshot is a change Compare reports,
// step by step, whether the re-anchoring began before or after the snapshot.
func TestCompareSeesReanchoringSteps(t *testing.T) {
	p, _ := examples.Plan("hallingdal", now)
	before := p.Clone() // the snapshot StartReanchoring takes
	r := p.StartReanchoring(2015, now)
	for _, m := range p.Municipalities[:5] {
		r.Progress(m.ID).Done = map[string]string{planmodel.StepBriefed: "2016-02-18"}
	}
	cs := planmodel.Compare(before, p)
	started, steps := 0, 0
	for _, c := range cs {
		switch {
		case c.Area == planmodel.AreaReanchoring && c.Kind == planmodel.Added && c.Year == 2015:
			started++
		case c.Area == planmodel.AreaReanchoring && c.Field == planmodel.StepBriefed && c.Old == "" && c.New == "2016-02-18":
			steps++
		}
	}
	if started != 1 || steps != 5 {
		t.Errorf("%d re-anchorings started and %d steps ticked among %+v; want 1 and 5", started, steps, cs)
	}

	mid := p.Clone()
	delete(r.Progress(p.Municipalities[0].ID).Done, planmodel.StepBriefed)
	cs = planmodel.Compare(mid, p)
	if len(cs) != 1 || cs[0].Field != planmodel.StepBriefed || cs[0].Old != "2016-02-18" || cs[0].New != "" || cs[0].Name != p.Municipalities[0].Name {
		t.Errorf("one step unticked: %+v", cs)
	}
}
