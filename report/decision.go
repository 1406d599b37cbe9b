package report

import (
	"context"
	"fmt"
	"strings"
	"time"

	"regionplan/internal/outfile"
	"regionplan/planmodel"
	"regionplan/report/layout"
)

// Draft is one document, as PDF and DOCX, with the name of its PDF file.
type Draft struct {
	Municipality string
	FileName     string // sorts by meeting date, e.g. "2027-03-12 Vedtak … - Vennesla.pdf"
	PDF          []byte
	DOCX         []byte
}

// DecisionDraft writes the case document (saksframlegg) for municipality i
// of the plan as PDF: the decision's text in that municipality's written
// standard, its case path, and its own contribution from the resource plan.
// at is the document's date.
func DecisionDraft(p *planmodel.Plan, d *planmodel.Decision, i int, at time.Time) ([]byte, error) {
	l, err := decisionLayout(p, d, i, at)
	if err != nil {
		return nil, err
	}
	return renderPDF(l)
}

// decisionLayout describes municipality i's case document.
func decisionLayout(p *planmodel.Plan, d *planmodel.Decision, i int, at time.Time) (*layout.Document, error) {
	if i < 0 || i >= len(p.Municipalities) {
		return nil, fmt.Errorf("the plan has no municipality number %d", i+1)
	}
	m := p.Municipalities[i]
	std := textStandard(d, p.PapersStandard(i))
	p = p.InStandard(std) // the plan's free texts as worded in the draft's standard
	w := func(key string) string { return word(std, key) }
	t := d.Text(std)
	fill := func(s string) string { return fillContribution(p, i, std, s) }
	title := fill(t.Title)
	l := newLayout(std, at, title, fmt.Sprintf("%s – %s", w("case document"), m.Name), m.Name)
	l.Masthead = [2]string{m.Name + " kommune", w("date") + ": " + planmodel.FormatDate(at)}
	l.Kind = w("case document")

	path := d.Path(m.ID)
	caseRef, officer := "", m.Papers.Officer
	rows := [][]string{{w("body"), w("case number"), w("meeting date")}}
	if path != nil {
		caseRef = path.ArchiveRef
		if path.CaseOfficer != "" {
			officer = path.CaseOfficer
		}
		for _, s := range path.Steps {
			rows = append(rows, []string{s.Body, orDash(s.CaseNumber), orDash(dateText(s.Meeting))})
		}
	}
	facts := [][2]string{
		{w("archive code") + ":", m.Papers.ArchiveCode},
		{w("archive ref") + ":", caseRef},
		{w("case officer") + ":", strings.Join(nonEmpty(officer, lowerFirst(m.Papers.OfficerTitle)), ", ")},
	}
	for _, f := range [][2]string{{w("phone"), m.Papers.Phone}, {w("email"), m.Papers.Email}} {
		if strings.TrimSpace(f[1]) != "" {
			facts = append(facts, [2]string{f[0] + ":", f[1]})
		}
	}
	l.Running = strings.Join(nonEmpty(m.Name+" kommune", title, caseRef), " · ")
	l.Add(layout.Block{Kind: layout.Facts, Pairs: facts},
		layout.Block{Kind: layout.Table, Widths: []float64{85, 40, 40}, Rows: rows},
		layout.H(1, title))
	if len(t.Attachments) > 0 { // near the top, as case systems print them
		l.Add(layout.H(3, w("attachments")), layout.Block{Kind: layout.List, Items: t.Attachments})
	}

	l.Add(layout.H(2, recommendationHeading(m, std)))
	points := make([]string, len(t.Points))
	for k, pt := range t.Points {
		points[k] = fill(pt)
	}
	l.Add(layout.Block{Kind: layout.List, Items: points, Bold: true}, layout.P(sameCase(p, std)))
	sections := []struct{ key, text string }{
		{"summary", t.Summary}, {"background", t.Background}, {"assessment", t.Assessment},
	}
	for _, s := range sections {
		if strings.TrimSpace(s.text) != "" {
			l.Add(layout.H(2, w(s.key)), layout.P(fill(s.text)))
		}
	}
	l.Add(layout.H(2, w("economy")))
	l.Add(economy(p, i, std)...)
	l.Add(layout.P(fillWords(w("signature place"), "{municipality}", m.Name, "{date}", planmodel.FormatDate(at))),
		layout.P("\n______________________________\n"+head(m, std)))
	return l, nil
}

// textStandard is the written standard a municipality's draft is written
// in: its own, unless the decision has no text in it yet.
func textStandard(d *planmodel.Decision, want planmodel.Standard) planmodel.Standard {
	if d.Text(want).Empty() {
		if want == planmodel.Nynorsk {
			return planmodel.Bokmal
		}
		return planmodel.Nynorsk
	}
	return want
}

// head is the title of the municipality's administrative head, as the
// case system writes it ("Kommunedirektøren", "Rådmannen").
func head(m planmodel.Municipality, std planmodel.Standard) string {
	if h := strings.TrimSpace(m.Papers.Head); h != "" {
		return h
	}
	return word(std, "default head")
}

// recommendationHeading is the heading over the proposed decision that the
// municipality uses, e.g. "Rådmannens innstilling" or "Forslag til vedtak".
func recommendationHeading(m planmodel.Municipality, std planmodel.Standard) string {
	if h := strings.TrimSpace(m.Papers.Heading); h != "" {
		return h
	}
	return fillWords(word(std, "recommendation"), "{head}", head(m, std))
}

// sameCase says that the same proposed decision goes to every council,
// naming them: "… for bystyret i Kristiansand, kommunestyret i Vennesla og …".
func sameCase(p *planmodel.Plan, std planmodel.Standard) string {
	councils := make([]string, len(p.Municipalities))
	for i, m := range p.Municipalities {
		councils[i] = fillWords(word(std, "council in"), "{council}", lowerFirst(m.CouncilName()), "{municipality}", m.Name)
	}
	return fillWords(word(std, "same case"), "{councils}", joinAnd(councils, word(std, "and")))
}

// joinAnd lists texts as "a, b og c".
func joinAnd(texts []string, and string) string {
	if len(texts) < 2 {
		return strings.Join(texts, "")
	}
	return strings.Join(texts[:len(texts)-1], ", ") + " " + and + " " + texts[len(texts)-1]
}

// lowerFirst writes a name in running text: "Bystyret" → "bystyret".
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}

// fillWords replaces placeholders in a catalogue text, given as pairs.
func fillWords(text string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(text)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// dateText writes a stored YYYY-MM-DD date as 13.09.2027.
func dateText(iso string) string {
	if t, err := planmodel.ParseDate(iso); err == nil {
		return planmodel.FormatDate(t)
	}
	return iso
}

// DecisionDrafts writes the drafts for every municipality of the plan, in
// the plan's order, several at a time.
func DecisionDrafts(p *planmodel.Plan, d *planmodel.Decision, at time.Time) ([]Draft, error) {
	return decisionDrafts(p, d, at).Make(Both)
}

// decisionDrafts are the drafts for every municipality of the plan.
func decisionDrafts(p *planmodel.Plan, d *planmodel.Decision, at time.Time) Documents {
	return perMunicipality(p, func(i int) Document {
		return document(func() (*layout.Document, error) { return decisionLayout(p, d, i, at) },
			p.Municipalities[i].Name, DraftFileName(p, d, i))
	})
}

// perMunicipality is one document for each municipality of the plan, in
// the plan's order.
func perMunicipality(p *planmodel.Plan, makeDoc func(i int) Document) Documents {
	out := make(Documents, len(p.Municipalities))
	for i := range out {
		out[i] = makeDoc(i)
	}
	return out
}

// DraftFileName names municipality i's draft "Saksframlegg – <title cut
// at a word> – <municipality>.pdf": a draft, never named as a decision.
func DraftFileName(p *planmodel.Plan, d *planmodel.Decision, i int) string {
	m := p.Municipalities[i]
	std := textStandard(d, p.PapersStandard(i))
	return fileName(word(std, "case document"), planmodel.FillPlaceholders(d.Title(std), m.Name, ""), m.Name)
}

// fileName names a document "<kind> – <title cut at a word> – <whose>.pdf"
// (whose may be empty), safe on Windows and Linux.
func fileName(kind, title, whose string) string {
	return outfile.Name(strings.Join(nonEmpty(kind, outfile.Cut(title, maxTitleBytes), whose), " – "), ".pdf")
}

// maxTitleBytes is how much of a title a file name keeps.
const maxTitleBytes = 90

// WriteDecisionFiles writes the drafts for every municipality and the
// overview of decision d into dir (made if missing), all or none, and
// returns the paths written, in order (see Documents.Write for progress and
// cancelling).
func WriteDecisionFiles(ctx context.Context, p *planmodel.Plan, d *planmodel.Decision, dir string, at time.Time, progress func(done, total int)) ([]string, error) {
	return DecisionDocuments(p, d, at).Write(ctx, dir, Both, progress)
}

// DecisionFiles makes the drafts for every municipality and the overview of
// decision d, each with its file name, for WriteFiles.
func DecisionFiles(p *planmodel.Plan, d *planmodel.Decision, at time.Time) ([]Draft, error) {
	return DecisionDocuments(p, d, at).Make(Both)
}

// DecisionDocuments are the drafts for every municipality and the overview
// of decision d, each with its file name.
func DecisionDocuments(p *planmodel.Plan, d *planmodel.Decision, at time.Time) Documents {
	std := p.DocumentStandard()
	overview := document(func() (*layout.Document, error) { return overviewLayout(p, d, at), nil },
		"", fileName(word(std, "overview"), d.Title(std), ""))
	return append(decisionDrafts(p, d, at), overview)
}

// WriteFiles writes documents already made into dir, made if missing, all
// or none, each as PDF and DOCX where it has them, under names made unique
// within the export, and returns the paths written; progress, when not nil,
// hears of each document.
func WriteFiles(dir string, docs []Draft, progress func(done, total int)) ([]string, error) {
	return Made(docs).Write(context.Background(), dir, Both, progress)
}

// ProposedDecision is municipality i's proposed decision as plain text, for
// the clipboard: the heading it uses, then the numbered points, filled in
// and in its written standard.
func ProposedDecision(p *planmodel.Plan, d *planmodel.Decision, i int) string {
	m := p.Municipalities[i]
	std := textStandard(d, p.PapersStandard(i))
	lines := []string{recommendationHeading(m, std)}
	for k, pt := range d.Text(std).Points {
		lines = append(lines, fmt.Sprintf("%d. %s", k+1, fillContribution(p, i, std, pt)))
	}
	return strings.Join(lines, "\n") + "\n"
}
