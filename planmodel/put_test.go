package planmodel

import (
	"errors"
	"testing"
	"time"
)

func TestPutMunicipality(t *testing.T) {
	p := New("x", time.Now())
	if err := p.PutMunicipality(-1, Municipality{Name: "Gol", Standard: Nynorsk}, true); err != nil {
		t.Fatal(err)
	}
	if err := p.PutMunicipality(-1, Municipality{Name: "Ål", Standard: Nynorsk}, false); err != nil {
		t.Fatal(err)
	}
	var ps Problems
	if err := p.PutMunicipality(1, Municipality{Name: "gol", Standard: Nynorsk}, false); !errors.As(err, &ps) || ps[0].Field != "name" {
		t.Errorf("a second Gol: %v", err)
	}
	gol := p.Municipalities[0].ID
	if gol == "" || gol == p.Municipalities[1].ID {
		t.Errorf("IDs %q and %q", gol, p.Municipalities[1].ID)
	}
	p.Resources.Hours = map[MunicipalityID]Yearly{gol: {}}
	if err := p.PutMunicipality(0, Municipality{Name: "Gol kommune", Standard: Nynorsk}, true); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Resources.Hours[gol]; !ok || p.Applicant != gol || p.NameOf(gol) != "Gol kommune" || len(p.Municipalities) != 2 {
		t.Errorf("after renaming: applicant %q, hours %v, %d municipalities", p.Applicant, p.Resources.Hours, len(p.Municipalities))
	}
	if err := p.PutMunicipality(0, Municipality{Name: "Gol kommune", Standard: Nynorsk}, false); err != nil || p.Applicant != "" {
		t.Errorf("no longer the applicant: %q, %v", p.Applicant, err)
	}
}
