package report

import (
	"slices"
	"strings"
	"testing"

	"regionplan/examples"
	"regionplan/planmodel"
)

// TestStatusReportNumbersEqualTheModel reads the steering group's status
// report for 2017 back with pdftotext and finds the model's own figures in
// it: the goal's latest value and path, every cost and funding line's
// budget, accounts and deviation, each municipality's share, payment and
// remainder, and next year's contributions.
func TestStatusReportNumbersEqualTheModel(t *testing.T) {
	p := example(t, "kristiansand")
	const year = 2017
	pdf, err := StatusReport(p, -1, year, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	g := p.Goals[0]
	upTo := g
	upTo.Measurements = g.Measurements[:3] // 2015–2017; 2018 comes after the year reported on
	gap, ok := upTo.Gap()
	if !ok {
		t.Fatal("the jobs goal has no gap")
	}
	want := []string{
		"Statusrapport 2017",
		"Siste måling " + flat(planmodel.FormatNumber(gap.Measurement.Value)) + " arbeidsplasser (2017)",
		"Banen mot målet " + flat(planmodel.FormatNumber(gap.Expected)) + " arbeidsplasser (2017)",
		"Mot banen " + planmodel.FormatDecimal(gap.Behind, 0) + " % av veien bak banen",
	}
	money := func(b, a int64) string { return flat(clean(kroner(b) + " " + kroner(a) + " " + signedKroner(a-b))) }
	var cb, ca int64
	for _, c := range p.Resources.Costs {
		if b, a := c.Amounts.Get(year), c.Actual.Get(year); b != 0 || a != 0 {
			want = append(want, money(b, a))
			cb, ca = cb+b, ca+a
		}
	}
	want = append(want, "Sum kostnader "+money(cb, ca))
	for _, f := range p.Resources.Funding {
		want = append(want, money(f.Amounts.Get(year), f.Actual.Get(year)))
	}
	s, err := p.Shares()
	if err != nil {
		t.Fatal(err)
	}
	pay := p.Payments(s)
	for i, m := range p.Municipalities {
		py := pay[i][year-p.FirstYear]
		want = append(want, flat(m.Name+" "+kroner(py.Share)+" "+kroner(py.Paid)+" "+kroner(py.Remaining())))
	}
	for i, m := range p.Municipalities {
		want = append(want, flat(m.Name+" "+kroner(s.Money[i][year+1-p.FirstYear])))
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
	if strings.Contains(text, "520") {
		t.Error("the report shows the 2018 measurement in the report on 2017")
	}
}

// TestStatusReportPerMunicipality checks that each municipality's report is
// in its written standard, names its own next contribution, and that no
// report carries internal material.
func TestStatusReportPerMunicipality(t *testing.T) {
	p := example(t, "hallingdal")
	docs, err := StatusFiles(p, 2016, docTime)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(p.Municipalities)+1 {
		t.Fatalf("%d documents for %d municipalities and the steering group", len(docs), len(p.Municipalities))
	}
	s, _ := p.Shares()
	for k, d := range docs {
		if d.PDF == nil || d.DOCX == nil {
			t.Fatalf("%s: PDF %d bytes, DOCX %d bytes", d.FileName, len(d.PDF), len(d.DOCX))
		}
		text := flat(pdfText(t, d.PDF))
		for _, internal := range []string{"Visit Hallingdal gjør", "Internt:"} {
			if strings.Contains(text, internal) {
				t.Errorf("%s holds internal material %q", d.FileName, internal)
			}
		}
		words := map[planmodel.Standard]string{planmodel.Bokmal: "Hva som kommer", planmodel.Nynorsk: "Kva som kjem"}
		if k == 0 {
			if !strings.Contains(text, words[p.DocumentStandard()]) {
				t.Errorf("the steering group's report %s is not in the plan's written standard", d.FileName)
			}
			continue
		}
		i := k - 1
		m := p.Municipalities[i]
		if !strings.Contains(text, words[p.PapersStandard(i)]) || !strings.Contains(d.FileName, m.Name) {
			t.Errorf("%s is not in %s's written standard (%s)", d.FileName, m.Name, p.PapersStandard(i))
		}
		if own := flat(kroner(s.Money[i][1])); !strings.Contains(text, "i 2017 er "+own) {
			t.Errorf("%s lacks its own 2017 contribution %s", d.FileName, own)
		}
	}
	if _, err := StatusFiles(p, 2031, docTime); err == nil {
		t.Error("a year outside the period gave a report")
	}
}

// BenchmarkStatusReportsLarge makes the status reports of the large plan:
// the steering group's and one per municipality, as PDF and DOCX.
func BenchmarkStatusReportsLarge(b *testing.B) {
	p := examples.Large(docTime)
	for b.Loop() {
		if _, err := StatusFiles(p, p.FirstYear+1, docTime); err != nil {
			b.Fatal(err)
		}
	}
}

// Before a year's accounts are entered, the report does not count the whole
// budget as a deviation: accounts and deviation are dashes.
func TestStatusReportWithoutAccountsShowsNoDeviation(t *testing.T) {
	p := example(t, "kristiansand")
	year := p.LastYear
	for slices.Contains(p.AccountYears(), year) {
		year--
	}
	if year < p.FirstYear {
		t.Fatal("every year of the example has accounts")
	}
	pdf, err := StatusReport(p, -1, year, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	b := p.Budget()
	var costs int64
	for _, c := range p.Resources.Costs {
		costs += c.Amounts.Get(year)
	}
	if costs == 0 {
		t.Fatalf("the example has no costs in %d (%v)", year, b.CostTotal)
	}
	if bad := flat(clean(signedKroner(-costs))); strings.Contains(text, bad) {
		t.Errorf("the report on %d, without accounts, shows the deviation %q", year, bad)
	}
	if want := flat(clean("Sum kostnader " + kroner(costs) + " – –")); !strings.Contains(text, want) {
		t.Errorf("the report lacks %q", want)
	}
}
