package planmodel

import (
	"fmt"
	"slices"
)

// Limits on decisions.
const (
	MaxDecisions = 200
	MaxPoints    = 50
	MaxSteps     = 30
)

// validateDecisions adds the problems of the plan's decisions to ps.
func (p *Plan) validateDecisions(ps *Problems) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	if len(p.Decisions) > MaxDecisions {
		add("decisions", "A plan can have at most {{.Max}} decisions.", map[string]any{"Max": MaxDecisions})
	}
	ids := map[string]bool{}
	for i, d := range p.Decisions {
		f := fmt.Sprintf("decisions[%d]", i)
		if d.ID == "" || ids[d.ID] {
			add(f+".id", "Every decision needs an ID of its own.", nil)
		}
		ids[d.ID] = true
		if !slices.Contains(DecisionKinds, d.Kind) {
			add(f+".kind", "Unknown kind of decision.", nil)
		}
		validateDecisionTexts(ps, f, d.Texts)
		p.validatePaths(ps, f, d.Paths)
	}
}

// validateDecisionTexts adds the problems of a decision's texts, at field f, to ps.
func validateDecisionTexts(ps *Problems, f string, texts map[Standard]DecisionText) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	for std, t := range texts {
		tf := fmt.Sprintf("%s.texts.%s", f, std)
		if std != Bokmal && std != Nynorsk {
			add(tf, "Texts can only be in bokmål (nb) or nynorsk (nn).", nil)
		}
		checkText(ps, tf+".title", t.Title, MaxNameLen)
		checkText(ps, tf+".summary", t.Summary, MaxTextLen)
		checkText(ps, tf+".background", t.Background, MaxTextLen)
		checkText(ps, tf+".assessment", t.Assessment, MaxTextLen)
		if len(t.Points) > MaxPoints {
			add(tf+".points", "A decision can have at most {{.Max}} points.", map[string]any{"Max": MaxPoints})
		}
		for j, pt := range t.Points {
			checkText(ps, fmt.Sprintf("%s.points[%d]", tf, j), pt, MaxTextLen)
		}
		for j, a := range t.Attachments {
			checkText(ps, fmt.Sprintf("%s.attachments[%d]", tf, j), a, MaxNameLen)
		}
	}
}

// validatePaths adds the problems of a decision's case paths, at field f, to ps.
func (p *Plan) validatePaths(ps *Problems, f string, paths []CasePath) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	seen := map[MunicipalityID]bool{}
	for j, c := range paths {
		cf := fmt.Sprintf("%s.paths[%d]", f, j)
		p.checkMunicipality(ps, cf+".municipality", c.Municipality)
		if seen[c.Municipality] {
			add(cf+".municipality", "{{.Name}} has two case paths for the same decision.", map[string]any{"Name": p.NameOf(c.Municipality)})
		}
		seen[c.Municipality] = true
		checkText(ps, cf+".archiveRef", c.ArchiveRef, MaxNameLen)
		checkText(ps, cf+".caseOfficer", c.CaseOfficer, MaxNameLen)
		checkText(ps, cf+".note", c.Note, MaxTextLen)
		if len(c.Steps) > MaxSteps {
			add(cf+".steps", "A case can pass through at most {{.Max}} bodies.", map[string]any{"Max": MaxSteps})
		}
		for k, s := range c.Steps {
			sf := fmt.Sprintf("%s.steps[%d]", cf, k)
			checkText(ps, sf+".body", s.Body, MaxNameLen)
			checkText(ps, sf+".caseNumber", s.CaseNumber, MaxNameLen)
			if !slices.Contains(CaseStatuses, s.Status) {
				add(sf+".status", "Unknown case status.", nil)
			}
			for _, date := range [][2]string{{"meeting", s.Meeting}, {"decided", s.Decided}} {
				if date[1] == "" {
					continue
				}
				if _, err := ParseStoredDate(date[1]); err != nil {
					add(sf+"."+date[0], "The date must be a real date, written as dd.mm.yyyy.", nil)
				}
			}
		}
	}
}
