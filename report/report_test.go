package report

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"regionplan/examples"
	"regionplan/planmodel"
)

var docTime = time.Date(2027, 9, 13, 12, 0, 0, 0, time.UTC)

// pdfText extracts the text of a PDF with pdftotext, skipping the test where
// poppler-utils is not installed (make test installs it).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	return onPDF(t, pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{}", "-")
}

// onPDF runs a poppler tool on a PDF written to a file, whose name replaces
// "{}" in the arguments, and returns what it prints.
func onPDF(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s is not installed; `make test` installs poppler-utils", tool)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, a := range args {
		if a == "{}" {
			args[i] = path
		}
	}
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	return string(out)
}

// flat folds all white space (including non-breaking) to single spaces.
func flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func example(t *testing.T, name string) *planmodel.Plan {
	t.Helper()
	p, err := examples.Plan(name, docTime)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDraftsFollowEachMunicipality(t *testing.T) {
	p := example(t, "hallingdal")
	d := &p.Decisions[0]
	drafts, err := DecisionDrafts(p, d, docTime)
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 6 {
		t.Fatalf("%d drafts", len(drafts))
	}
	for i, dr := range drafts {
		m := p.Municipalities[i]
		text := flat(pdfText(t, dr.PDF))
		want := []string{m.Name + " kommune", "Saksframlegg", "Side 1 av"}
		wrong := []string{}
		if textStandard(d, p.PapersStandard(i)) == planmodel.Nynorsk {
			want = append(want, recommendationHeading(m, planmodel.Nynorsk), "Saka gjeld", "Økonomiske konsekvensar", "Saksbehandlar",
				m.Name+" kommune stadfestar revidert strategisk plan for Hallingdal.")
			wrong = append(wrong, "Kommunedirektørens innstilling", "Saken gjelder", "likelydende")
		} else {
			want = append(want, "Kommunedirektørens innstilling", "Saken gjelder", "Økonomiske konsekvenser", "Saksbehandler",
				m.Name+" kommune stadfester revidert strategisk plan for Hallingdal.")
			wrong = append(wrong, "Saka gjeld", "likelydande")
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the draft lacks %q", m.Name, w)
			}
		}
		for _, w := range wrong {
			if strings.Contains(text, w) {
				t.Errorf("%s: the draft has %q from the other written standard", m.Name, w)
			}
		}
		for _, o := range p.Municipalities {
			if o.Name != m.Name && strings.Contains(text, o.Name+" kommune") {
				t.Errorf("%s: the draft names %s", m.Name, o.Name)
			}
		}
		if !strings.HasSuffix(dr.FileName, " – "+m.Name+".pdf") || !strings.HasPrefix(dr.FileName, "Saksframlegg – Revidert strategisk plan for Hallingdal – ") {
			t.Errorf("file name %q", dr.FileName)
		}
	}
}

func TestLettersComeBackExactly(t *testing.T) {
	p := example(t, "kristiansand")
	d := &p.Decisions[0]
	tx := d.Texts[planmodel.Bokmal]
	letters := "ÆØÅ æøå Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž «sitat» – tankestrek — lang"
	tx.Background = letters
	d.Texts[planmodel.Bokmal] = tx
	pdf, err := DecisionDraft(p, d, 0, docTime)
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, pdf); !strings.Contains(text, letters) {
		t.Errorf("letters did not come back: %q", text)
	}
}

func TestDraftsAreReproducible(t *testing.T) {
	p := example(t, "kristiansand")
	a, err := DecisionDraft(p, &p.Decisions[0], 2, docTime)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := DecisionDraft(p, &p.Decisions[0], 2, docTime)
	if !bytes.Equal(a, b) {
		t.Error("two drafts of the same plan differ")
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20270913")) {
		t.Error("the creation date is not the document date")
	}
}

func TestBadTextDoesNotBreakTheDocument(t *testing.T) {
	p := example(t, "kristiansand")
	d := &p.Decisions[0]
	tx := d.Texts[planmodel.Bokmal]
	tx.Assessment = strings.Repeat("Veldig lang vurdering uten ende. ", 3000) + "😀 slutt\x07"
	tx.Points = append(tx.Points, strings.Repeat("x", 500))
	d.Texts[planmodel.Bokmal] = tx
	pdf, err := DecisionDraft(p, d, 0, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	if !strings.Contains(flat(text), "? slutt") {
		i := strings.Index(text, "slutt")
		t.Errorf("the emoji was not replaced: %q", text[max(0, i-100):i+10])
	}
	if strings.Count(text, "\f") < 10 {
		t.Errorf("a 100 000-character text should run over many pages")
	}
}

func TestOverview(t *testing.T) {
	p := example(t, "kristiansand")
	pdf, err := DecisionOverview(p, &p.Decisions[0], docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	for _, want := range []string{"Oversikt over vedtaksløpet", "Vennesla", "Formannskapet", "05.03.2015", "Satt på sakskartet", "Møtedatoen er passert uten at vedtak er registrert: Lillesand – Bystyret"} {
		if !strings.Contains(text, want) {
			t.Errorf("the overview lacks %q", want)
		}
	}
}

// BenchmarkDraft measures one decision draft of the large plan.
func BenchmarkDraft(b *testing.B) {
	p := examples.Large(docTime)
	for b.Loop() {
		if _, err := DecisionDraft(p, &p.Decisions[0], 0, docTime); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrafts20 measures the drafts of one decision of the large plan
// for its 20 municipalities, made several at a time, as PDF/A, as DOCX and
// as both.
func BenchmarkDrafts20(b *testing.B) {
	p := examples.Large(docTime)
	for _, f := range []struct {
		name    string
		formats []Format
	}{{"pdf", []Format{PDF}}, {"docx", []Format{DOCX}}, {"both", Both}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				drafts, err := decisionDrafts(p, &p.Decisions[0], docTime).Make(f.formats)
				if err != nil || len(drafts) != examples.LargeMunicipalities {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestDraftsCarryTheirOwnContribution(t *testing.T) {
	p := example(t, "kristiansand")
	s, err := p.Shares()
	if err != nil || s.Joint == 0 {
		t.Fatalf("the example has no joint share to split: %v", err)
	}
	drafts, err := DecisionDrafts(p, &p.Decisions[0], docTime)
	if err != nil {
		t.Fatal(err)
	}
	for i, dr := range drafts {
		text := flat(pdfText(t, dr.PDF))
		total := flat(kroner(s.Total[i]))
		if !strings.Contains(text, "bidrar med "+total) && !strings.Contains(text, "bidreg med "+total) {
			t.Errorf("%s: the decision point does not name its contribution %s", dr.Municipality, total)
		}
		for y, year := range s.Years {
			if row := fmt.Sprintf("%d %s", year, flat(kroner(s.Money[i][y]))); !strings.Contains(text, row) {
				t.Errorf("%s: no row %q", dr.Municipality, row)
			}
		}
		if !strings.Contains(text, "20 % ") {
			t.Errorf("%s: the distribution key is not described", dr.Municipality)
		}
		for j, other := range s.Total {
			if j != i && other != s.Total[i] && strings.Contains(text, "med "+flat(kroner(other))+" til") {
				t.Errorf("%s: the draft names %s's contribution", dr.Municipality, p.Municipalities[j].Name)
			}
		}
	}
}

func TestResourcePlan(t *testing.T) {
	p := example(t, "kristiansand")
	pdf, err := ResourcePlan(p, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	b := p.Budget()
	s, _ := p.Shares()
	want := []string{"Ressurs- og finansieringsplan 2015–2019", "Sum kostnader", "Sum finansiering", "Balanse",
		flat(planmodel.FormatInt(b.CostTotal)), flat(planmodel.FormatInt(b.FundingTotal)), "Iveland", flat(planmodel.FormatInt(s.Total[4])), "Årsverk", "Side 1 av"}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the resource plan lacks %q", w)
		}
	}
	again, _ := ResourcePlan(p, docTime)
	if !bytes.Equal(pdf, again) {
		t.Error("two resource plans of the same plan differ")
	}
}

// BenchmarkResourcePlan measures the resource and financing plan of the
// large plan: ten years, 20 municipalities.
func BenchmarkResourcePlan(b *testing.B) {
	p := examples.Large(docTime)
	for b.Loop() {
		if _, err := ResourcePlan(p, docTime); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSummaryForNewCouncils(t *testing.T) {
	p := example(t, "hallingdal")
	s, _ := p.Shares()
	for i, m := range p.Municipalities {
		pdf, err := Summary(p, i, docTime)
		if err != nil {
			t.Fatal(err)
		}
		text := flat(pdfText(t, pdf))
		in := p.InStandard(p.PapersStandard(i)) // goals and measures as worded in its standard
		want := []string{m.Name + " kommune", "Orientering til det nye kommunestyret", in.Goals[1].Title, in.Measures[0].Title, flat(kroner(s.Total[i]))}
		if p.PapersStandard(i) == planmodel.Nynorsk {
			want = append(want, "Kva det nye kommunestyret blir bede om", "Stadfeste bidraget frå kommunen på "+flat(kroner(s.Total[i])))
		} else {
			want = append(want, "Hva det nye kommunestyret blir bedt om", "Bekrefte kommunens bidrag på "+flat(kroner(s.Total[i])))
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the summary lacks %q", m.Name, w)
			}
		}
		for _, internal := range []string{"Visit Hallingdal gjør", p.TrustNotes} {
			if internal != "" && strings.Contains(text, flat(internal)) {
				t.Errorf("%s: internal material in the summary: %q", m.Name, internal)
			}
		}
	}
	dir := t.TempDir()
	files, err := WriteSummaryFiles(context.Background(), p, dir, docTime, nil)
	if err != nil || len(files) != 12 || !strings.HasSuffix(files[4], "/Orientering om næringsplanen – Gol.pdf") || !strings.HasSuffix(files[5], "Gol.docx") {
		t.Errorf("summary files: %v, %v", files, err)
	}
}

func TestPressRelease(t *testing.T) {
	p := example(t, "kristiansand")
	a := planmodel.Activity{Date: "2016-05-10", Title: "Smartskog blir aksjeselskap", Channel: planmodel.ChannelPressRelease, Result: "45 skogeigarar i Birkenes har gått saman.", Audience: "Lokalpressa"}
	pdf, err := PressRelease(p, a, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, pdf))
	for _, want := range []string{"PRESSEMELDING", "10.05.2016", a.Title, a.Result, "Om samarbeidet", "7 kommuner står bak", "Lokalpressa"} {
		if !strings.Contains(text, want) {
			t.Errorf("the press release lacks %q", want)
		}
	}
	for _, internal := range []string{p.TrustNotes} {
		if internal != "" && strings.Contains(text, flat(internal)) {
			t.Error("internal material in the press release")
		}
	}
}

// The summary for a new council names the municipalities as a sentence does,
// "A, B og C", not as a list with commas only.
func TestSummaryNamesTheMunicipalitiesAsASentence(t *testing.T) {
	p := example(t, "hallingdal")
	pdf, err := Summary(p, 0, docTime)
	if err != nil {
		t.Fatal(err)
	}
	std := p.PapersStandard(0)
	n := names(p.InStandard(std))
	want := flat(": " + joinAnd(n, word(std, "and")) + ".")
	if text := flat(pdfText(t, pdf)); !strings.Contains(text, want) {
		t.Errorf("the summary lacks %q", want)
	}
}

// A chart's scale goes up to a round figure at or above its tallest bar.
func TestChartScaleIsRound(t *testing.T) {
	for _, c := range []struct{ v, want int64 }{
		{1, 1}, {7, 8}, {9, 10}, {350000, 400000}, {1250000, 1500000}, {2000000, 2000000}, {2100000, 2500000}, {math.MaxInt64, math.MaxInt64},
	} {
		if got := roundUp(c.v); got != c.want {
			t.Errorf("roundUp(%d) = %d, want %d", c.v, got, c.want)
		}
	}
	p := example(t, "hallingdal")
	b := p.Budget()
	most := slices.Max(append(slices.Clone(b.Costs), b.Funding...))
	pdf, err := ResourcePlan(p, docTime)
	if err != nil {
		t.Fatal(err)
	}
	if want := flat(planmodel.FormatInt(roundUp(most))); most == roundUp(most) || !strings.Contains(flat(pdfText(t, pdf)), want) {
		t.Errorf("the chart's scale (tallest bar %d) does not go up to %s", most, want)
	}
}

// A resource plan of twelve years with figures of eight digits keeps every
// figure on one line: the years are split over tables that fit the page,
// each naming its lines again, the total in the last. Twelve columns of
// 12 345 678 broke each figure after "12 345 6".
func TestResourceFiguresNeverBreak(t *testing.T) {
	p := example(t, "hallingdal")
	p.LastYear = p.FirstYear + 11
	for i := range p.Resources.Costs {
		for y := p.FirstYear; y <= p.LastYear; y++ {
			p.Resources.Costs[i].Amounts.Set(y, 12345678+int64(i))
		}
	}
	pdf, err := ResourcePlan(p, docTime)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	c := p.Resources.Costs[0]
	for _, want := range []string{planmodel.FormatInt(c.Amounts.Get(p.FirstYear)), planmodel.FormatInt(c.Amounts.Sum(p.FirstYear, p.LastYear)), fmt.Sprint(p.LastYear)} {
		if !strings.Contains(flat(text), flat(want)) {
			t.Errorf("the resource plan lacks %q whole", want)
		}
	}
	for _, b := range resourceLayout(p, docTime).Blocks {
		for _, row := range b.Rows {
			for col, cell := range row[1:] {
				if need := float64(utf8.RuneCountInString(cell))*figureChar + figurePad; b.Widths[col+1] < need {
					t.Errorf("%q has %.1f mm of the %.1f it needs", cell, b.Widths[col+1], need)
				}
			}
		}
	}
}
