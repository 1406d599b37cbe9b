package register

import (
	"strings"
	"testing"
	"time"

	"regionplan/examples"
	"regionplan/planmodel"
)

func TestRegisterRows(t *testing.T) {
	all := All()
	if len(all) != 357 {
		t.Fatalf("%d municipalities, want the 357 of 1 January 2024", len(all))
	}
	seen := map[string]bool{}
	counts := map[planmodel.Standard]int{}
	population, parallel := 0, 0
	for i, e := range all {
		if seen[e.Number] {
			t.Errorf("number %s appears twice", e.Number)
		}
		seen[e.Number] = true
		if i > 0 && all[i-1].Number >= e.Number {
			t.Errorf("%s follows %s: not sorted by number", e.Number, all[i-1].Number)
		}
		m := e.Municipality("Kommunestyret")
		if ps := m.Validate(); len(ps) > 0 {
			t.Errorf("%s %s: %v", e.Number, e.Name, ps)
		}
		if e.County == "" || e.PopulationDate != Date {
			t.Errorf("%s %s: county %q, date %q", e.Number, e.Name, e.County, e.PopulationDate)
		}
		counts[e.Standard]++
		population += e.Population
		if len(e.Names()) > 1 {
			parallel++
		}
	}
	// The README's figures: SSB's national total and Språkrådet's counts.
	if population != 5550203 {
		t.Errorf("population %d, want 5 550 203", population)
	}
	if counts[planmodel.Bokmal] != 119 || counts[planmodel.Nynorsk] != 88 || counts[planmodel.Neutral] != 150 {
		t.Errorf("language decisions %v, want 119 bokmål, 88 nynorsk, 150 neutral", counts)
	}
	if parallel != 22 {
		t.Errorf("%d rows with parallel names, want 22", parallel)
	}
}

// Every parallel name finds its municipality, typed as written or without
// the Sami letters' accents, whole or by its first letters.
func TestEveryParallelNameIsFound(t *testing.T) {
	n := 0
	for _, e := range All() {
		names := e.Names()
		if len(names) == 1 {
			continue
		}
		for _, form := range names {
			for _, q := range []string{form, strings.ToUpper(form), fold(form), prefix(form)} {
				if !found(Search(q), e.Number) {
					t.Errorf("%q does not find %s %s", q, e.Number, e.Name)
				}
			}
			n++
		}
	}
	if n < 44 {
		t.Errorf("checked only %d names", n)
	}
}

// prefix is all of name but its last two letters.
func prefix(name string) string {
	r := []rune(name)
	return string(r[:len(r)-2])
}

func found(es []Entry, number string) bool {
	for _, e := range es {
		if e.Number == number {
			return true
		}
	}
	return false
}

func TestSearch(t *testing.T) {
	for _, c := range []struct {
		q     string
		first string
	}{
		{"4022", "4022"}, // Seljord by number
		{"seljord", "4022"},
		{"Kautokeino", "5612"},
		{"guovda", "5612"},
		{"nesbyen", "3322"},
		{"tråante", "5001"},
		{"Trondheim", "5001"},
		{"Ål", "3328"}, // the whole name first, before Åleund, Ålesund …
	} {
		got := Search(c.q)
		if len(got) == 0 || got[0].Number != c.first {
			var names []string
			for _, e := range got {
				names = append(names, e.Number+" "+e.Name)
			}
			t.Errorf("Search(%q) = %v, want %s first", c.q, names, c.first)
		}
	}
	if got := Search("Herøy"); len(got) != 2 || got[0].County == got[1].County {
		t.Errorf("Herøy: %v, want two in different counties", got)
	}
	if got := Search("  "); got != nil {
		t.Errorf("a blank search found %d", len(got))
	}
	if got := Search("Xyzzy"); len(got) != 0 {
		t.Errorf("Xyzzy found %v", got)
	}
}

func TestLookupAndHas(t *testing.T) {
	e, ok := Lookup("3330")
	if !ok || e.Name != "Hol" || e.Standard != planmodel.Neutral || e.County != "Buskerud" {
		t.Fatalf("Lookup(3330) = %+v, %v", e, ok)
	}
	if _, ok := Lookup("1018"); ok {
		t.Error("Søgne's old number 1018 is in the 2024 register")
	}
	for _, c := range []struct {
		m    planmodel.Municipality
		want bool
	}{
		{planmodel.Municipality{Name: "Hol", Number: "3330"}, true},
		{planmodel.Municipality{Name: "Kautokeino", Number: "5612"}, true},
		{planmodel.Municipality{Name: "guovdageaidnu - kautokeino", Number: "5612"}, true},
		{planmodel.Municipality{Name: "Søgne", Number: "1018"}, false},
		{planmodel.Municipality{Name: "Hol", Number: ""}, false},
		{planmodel.Municipality{Name: "Gol", Number: "3330"}, false},
	} {
		if got := Has(c.m); got != c.want {
			t.Errorf("Has(%s %s) = %v", c.m.Number, c.m.Name, got)
		}
	}
}

// The examples follow the register where the case documents say nothing:
// every municipality that still exists has its 2024 number, and Hallingdal's
// language decisions are the register's ("Nes" is today's Nesbyen).
func TestExamplesFollowTheRegister(t *testing.T) {
	now := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	outside := map[string]bool{"Songdalen": true, "Søgne": true, "Nes": true}
	for _, name := range examples.Names {
		p, err := examples.Plan(name, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range p.Municipalities {
			if got := Has(m); got == outside[m.Name] {
				t.Errorf("%s: %s %s in the register: %v", name, m.Number, m.Name, got)
			}
			e, ok := Lookup(m.Number)
			if name == "hallingdal" && (!ok || e.Standard != m.Standard) {
				t.Errorf("hallingdal: %s %s writes %s, the register says %s %s", m.Number, m.Name, m.Standard, e.Name, e.Standard)
			}
		}
	}
}

// A plan made from the register keeps the standard it was made with, so
// adding a municipality later never moves its texts to the other one.
func TestAddPinsThePlansStandard(t *testing.T) {
	p := planmodel.New("x", time.Now())
	var es []Entry
	for _, n := range []string{"4201", "4202"} { // Risør is neutral, Grimstad writes bokmål
		e, ok := Lookup(n)
		if !ok {
			t.Fatalf("no %s in the register", n)
		}
		es = append(es, e)
	}
	if err := Add(p, es, planmodel.DefaultCouncil); err != nil {
		t.Fatal(err)
	}
	if p.Standard != planmodel.Bokmal {
		t.Errorf("standard %q, want bokmål pinned", p.Standard)
	}
}
