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
	p.Resources.Hours = map[string]Yearly{"Gol": {}}
	if err := p.PutMunicipality(0, Municipality{Name: "Gol kommune", Standard: Nynorsk}, true); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Resources.Hours["Gol kommune"]; !ok || p.Applicant != "Gol kommune" || len(p.Municipalities) != 2 {
		t.Errorf("after renaming: applicant %q, hours %v, %d municipalities", p.Applicant, p.Resources.Hours, len(p.Municipalities))
	}
	if err := p.PutMunicipality(0, Municipality{Name: "Gol kommune", Standard: Nynorsk}, false); err != nil || p.Applicant != "" {
		t.Errorf("no longer the applicant: %q, %v", p.Applicant, err)
	}
}
