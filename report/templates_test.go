package report

import (
	"fmt"
	"strings"
	"testing"

	"regionplan/planmodel"
)

// A new decision of every kind has a text in both standards, filled from
// the plan, and its drafts name each municipality's amount per year and in
// total; no draft asks for "0 kr".
func TestNewDecisionsWriteThemselves(t *testing.T) {
	p := example(t, "kristiansand")
	s, _ := p.Shares()
	for _, kind := range planmodel.DecisionKinds {
		d := NewDecision(p, kind, docTime)
		for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
			tx := d.Text(std)
			if tx.Empty() || !strings.Contains(tx.Title+tx.Summary, p.Name) && !strings.Contains(tx.Summary, p.Region) {
				t.Errorf("%s/%s: the template is not filled from the plan: %+v", kind, std, tx)
			}
			if !strings.Contains(tx.Background, "Vennesla") || !strings.Contains(tx.Background, p.InStandard(std).Goals[0].Title) {
				t.Errorf("%s/%s: the background lacks the municipalities or goals: %q", kind, std, tx.Background)
			}
		}
		if kind == planmodel.DecisionOther {
			continue
		}
		drafts, err := DecisionDrafts(p, &d, docTime)
		if err != nil {
			t.Fatal(err)
		}
		for i, dr := range drafts {
			text := flat(pdfText(t, dr.PDF))
			std := p.Municipalities[i].Standard
			for y, year := range s.Years {
				want := flat(fillWords(word(std, "year amount"), "{amount}", kroner(s.Money[i][y]), "{year}", itoa(year)))
				if !strings.Contains(text, want) {
					t.Errorf("%s, %s: the decision lacks %q", kind, dr.Municipality, want)
				}
			}
			// The example's last year has 50 000 kr more costs than funding.
			for _, want := range []string{flat(kroner(s.Total[i])), flat(kroner(p.Budget().CostTotal)), "50 000 kr"} {
				if !strings.Contains(text, want) {
					t.Errorf("%s, %s: the draft lacks %q", kind, dr.Municipality, want)
				}
			}
		}
	}
}

func itoa(n int) string { return fmt.Sprint(n) }

// A share of 0 because a population is missing, and an unbalanced year,
// are warned about by name; the draft shows the amount as missing, never
// as "0 kr".
func TestWarningsNameTheMunicipalityAndYear(t *testing.T) {
	p := example(t, "kristiansand")
	p.Resources.Key = planmodel.DistributionKey{Method: planmodel.KeyPopulation}
	p.Municipalities[1].Population = 0
	p.Resources.Costs[0].Amounts[p.FirstYear+1] += 50000
	var got []string
	for _, w := range Warnings(p) {
		got = append(got, w.String())
	}
	all := strings.Join(got, " | ")
	for _, want := range []string{"Vennesla's share is 0 kr because its population is missing", "The budget for 2016 does not balance"} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning %q in %q", want, all)
		}
	}
	if len(got) != 3 { // and 2019, which the example leaves unbalanced

		t.Errorf("%d warnings: %q", len(got), all)
	}
	d := NewDecision(p, planmodel.DecisionFunding, docTime)
	pdf, err := DecisionDraft(p, &d, 1, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	if strings.Contains(text, "med 0 kr") || !strings.Contains(text, "bidraget mangler") {
		t.Errorf("the draft asks for 0 kr: %q", text)
	}
	if !strings.Contains(text, "ikke i balanse") {
		t.Error("the draft does not say the budget is unbalanced")
	}
	if ws := Warnings(example(t, "hallingdal")); len(ws) != 0 {
		t.Errorf("the balanced example plan has warnings: %v", ws)
	}
}

// A plan whose name ends in its period gets the period once in the
// decision's title and points, not "2027–2030 2027–2030"; a new plan with
// no goals or measures yet is not said to have "0 mål og 0 tiltak".
func TestTemplateNamesThePeriodOnce(t *testing.T) {
	p := planmodel.New("Strategisk næringsplan for Valdres 2027–2030", docTime)
	p.Region, p.FirstYear, p.LastYear = "Valdres", 2027, 2030
	p.Municipalities = []planmodel.Municipality{{Name: "Nord-Aurdal"}, {Name: "Vang"}}
	for _, withPeriod := range []bool{true, false} {
		if !withPeriod {
			p.Name = "Strategisk næringsplan for Valdres"
		}
		for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
			tx := DecisionTemplate(p, planmodel.DecisionAdopt, std, docTime)
			all := tx.Title + " " + strings.Join(tx.Points, " ")
			if n := strings.Count(tx.Title, "2027–2030"); n != 1 {
				t.Errorf("%s, %q: the title %q names the period %d times", std, p.Name, tx.Title, n)
			}
			if strings.Contains(all, "2030 2027") {
				t.Errorf("%s: the period twice in a row: %q", std, all)
			}
			if strings.Contains(tx.Background, "0 mål") || strings.Contains(tx.Background, "0 tiltak") {
				t.Errorf("%s: the background counts nothing: %q", std, tx.Background)
			}
		}
	}
}
