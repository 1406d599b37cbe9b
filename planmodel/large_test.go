package planmodel

import "testing"

func TestLargeIsValidAndFull(t *testing.T) {
	p := Large(now)
	if err := p.Validate(); err != nil {
		t.Fatalf("the large plan is not valid: %v", err)
	}
	if n := len(p.Municipalities); n != LargeMunicipalities {
		t.Errorf("%d municipalities", n)
	}
	if n := len(p.Measures); n != LargeMeasures {
		t.Errorf("%d measures", n)
	}
	if n := len(p.Decisions); n != LargeDecisions {
		t.Errorf("%d decisions", n)
	}
	if n := len(p.Years()); n != LargeYears {
		t.Errorf("%d years", n)
	}
	for _, d := range p.Decisions {
		if d.Text(Bokmal).Empty() || d.Text(Nynorsk).Empty() || len(d.Paths) != LargeMunicipalities {
			t.Fatalf("decision %s lacks a text or paths", d.ID)
		}
	}
	s, err := p.Shares()
	if err != nil || s.Joint == 0 {
		t.Errorf("no joint share to split: %v", err)
	}
	if len(p.Resources.Hours) != LargeMunicipalities {
		t.Errorf("hours for %d municipalities", len(p.Resources.Hours))
	}
}
