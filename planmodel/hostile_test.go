package planmodel_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
)

func problemsOf(t *testing.T, p *planmodel.Plan) planmodel.Problems {
	t.Helper()
	var ps planmodel.Problems
	if err := p.Validate(); err != nil && !errors.As(err, &ps) {
		t.Fatal(err)
	}
	return ps
}

func hasProblem(ps planmodel.Problems, field, part string) bool {
	for _, q := range ps {
		if q.Field == field && strings.Contains(q.Error(), part) {
			return true
		}
	}
	return false
}

func validExample(t *testing.T, name string) *planmodel.Plan {
	t.Helper()
	p, err := examples.Plan(name, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("the example is not valid: %v", err)
	}
	return p
}

// Defect 5 of issue 17: names and single-line texts refuse control and
// direction-changing characters, naming the field; long texts allow line
// breaks but nothing else of the kind.
func TestControlAndBidiCharactersAreRefused(t *testing.T) {
	for _, bad := range []string{"Nes\tGol", "Nes\nfake line", "\x1b[2JNes", "Nes\u202Egpj", "Nes\u2066x\u2069", "Nes\u0085", "Nes\r"} {
		p := validExample(t, "hallingdal")
		p.Name = bad
		p.Municipalities[1].Name = bad
		ps := problemsOf(t, p)
		for _, field := range []string{"name", "municipalities[1].name"} {
			if !hasProblem(ps, field, "invisible character U+") {
				t.Errorf("%q in %s: %v", bad, field, ps)
			}
		}
	}
	p := validExample(t, "hallingdal")
	p.Municipalities[0].Expectation = "Første linje.\nAndre linje."
	if ps := problemsOf(t, p); len(ps) != 0 {
		t.Errorf("a line break in a long text: %v", ps)
	}
	p.Municipalities[0].Expectation = "Første\tlinje.\u202E"
	if ps := problemsOf(t, p); !hasProblem(ps, "municipalities[0].expectation", "U+0009") {
		t.Errorf("a tab in a long text: %v", ps)
	}
}

// Defect 7 of issue 17: a stored date with spaces or a line break around it
// passed validation and reached file names.
func TestStoredDatesAreStrict(t *testing.T) {
	p := validExample(t, "hallingdal")
	p.Municipalities[0].PopulationDate = " 2016-02-04\n"
	if ps := problemsOf(t, p); !hasProblem(ps, "municipalities[0].populationDate", "real date") {
		t.Errorf("a date with white space: %v", ps)
	}
	for _, ok := range []string{"2016-02-04", "2024-02-29"} {
		if _, err := planmodel.ParseStoredDate(ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	for _, bad := range []string{" 2016-02-04", "2016-02-04\n", "04.02.2016", "2023-02-29", "2016-2-4"} {
		if _, err := planmodel.ParseStoredDate(bad); err == nil {
			t.Errorf("%q passed as a stored date", bad)
		}
	}
}

// Defect 4 of issue 17: with every population 0 and a key by population
// every draft said "0 kr". The key is now a problem that names the
// municipalities without a population.
func TestKeyByPopulationNeedsThePopulations(t *testing.T) {
	for _, method := range []planmodel.KeyMethod{planmodel.KeyPopulation, planmodel.KeyMixed} {
		p := validExample(t, "hallingdal")
		p.Resources.Key.Method = method
		p.Resources.Key.EqualPercent = 50
		if ps := problemsOf(t, p); len(ps) != 0 {
			t.Fatalf("%s with every population: %v", method, ps)
		}
		p.Municipalities[0].Population = 0
		p.Municipalities[2].Population = 0
		ps := problemsOf(t, p)
		names := p.Municipalities[0].Name + ", " + p.Municipalities[2].Name
		if !hasProblem(ps, "resources.key", names+" have no population") {
			t.Errorf("%s with two populations missing: %v", method, ps)
		}
	}
}
