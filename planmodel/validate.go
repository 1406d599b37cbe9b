package planmodel

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// Limits on what a plan may hold, so that absurd input is refused with a
// message instead of slowing everything down.
const (
	MaxNameLen     = 200
	MaxTextLen     = 20000
	MaxPopulation  = 10_000_000
	MaxAreaKm2     = 500_000
	MinYear        = 1990
	MaxYear        = 2100
	MaxPeriodYears = 30
	MaxMunicipals  = 100
)

// Problem is one thing wrong with a plan: the field it concerns, as a path
// like "municipalities[2].population", and a message. Message is an English
// sentence that may name Args as {{.Name}}; the window translates it.
type Problem struct {
	Field   string
	Message string
	Args    map[string]any
}

// Error renders the message in English with its arguments filled in.
func (p Problem) Error() string {
	t, err := template.New("").Option("missingkey=zero").Parse(p.Message)
	if err != nil {
		return p.Field + ": " + p.Message
	}
	var b strings.Builder
	if err := t.Execute(&b, p.Args); err != nil {
		return p.Field + ": " + p.Message
	}
	return p.Field + ": " + b.String()
}

// Problems is the list of everything wrong with a plan. As an error it reads
// as all its problems joined by semicolons.
type Problems []Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "; ")
}

// Validate checks the plan and returns every problem found, or nil when the
// plan is sound.
func (p *Plan) Validate() error {
	var ps Problems
	p.validateFacts(&ps)
	p.validateMunicipalities(&ps)
	for _, id := range sortedKeys(p.Checklist) {
		st := p.Checklist[id]
		if st.Status != Open && st.Status != Done && st.Status != NotRelevant {
			ps = append(ps, Problem{Field: "checklist." + id, Message: "Unknown checklist status."})
		}
		checkText(&ps, "checklist."+id+".note", st.Note, MaxTextLen)
	}
	p.validateDecisions(&ps)
	p.validatePolitical(&ps)
	p.validateResources(&ps)
	p.validateMeasures(&ps)
	p.validateStageTools(&ps)
	p.validateFollowUp(&ps)
	if ps == nil {
		return nil
	}
	return ps
}

// validateFacts checks the plan's own facts: names, period, written
// standard, organisation form and steering group.
func (p *Plan) validateFacts(ps *Problems) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	checkName(ps, "name", p.Name)
	checkText(ps, "region", p.Region, MaxNameLen)
	checkText(ps, "leader", p.Leader, MaxNameLen)
	checkText(ps, "contact", p.Contact, MaxNameLen)
	for _, w := range p.Wordings() {
		validateWording(ps, w.Field+"In", *w.In, MaxTextLen)
	}
	switch {
	case p.FirstYear < MinYear || p.FirstYear > MaxYear:
		add("firstYear", "The first year must be between {{.Min}} and {{.Max}}.", map[string]any{"Min": MinYear, "Max": MaxYear})
	case p.LastYear < p.FirstYear:
		add("lastYear", "The period ends before it starts.", nil)
	case p.LastYear-p.FirstYear+1 > MaxPeriodYears:
		add("lastYear", "The period can be at most {{.Max}} years.", map[string]any{"Max": MaxPeriodYears})
	}
	if p.Standard != "" && p.Standard != Bokmal && p.Standard != Nynorsk {
		add("standard", "Choose bokmål or nynorsk for the plan's own documents.", nil)
	}
	if p.OrgForm != "" && !slices.Contains(OrgForms, p.OrgForm) {
		add("orgForm", "Unknown organisation form.", nil)
	}
	for i, s := range p.Steering {
		checkText(ps, fmt.Sprintf("steering[%d]", i), s, MaxNameLen)
	}
}

// validateMunicipalities checks each municipality, that no two share a
// name, that there are not too many, and that the applicant is one of them.
func (p *Plan) validateMunicipalities(ps *Problems) {
	add := func(field, msg string, args map[string]any) {
		*ps = append(*ps, Problem{Field: field, Message: msg, Args: args})
	}
	if len(p.Municipalities) > MaxMunicipals {
		add("municipalities", "A plan can have at most {{.Max}} municipalities.", map[string]any{"Max": MaxMunicipals})
	}
	seen := map[string]int{}
	ids := map[MunicipalityID]bool{}
	for i, m := range p.Municipalities {
		prefix := fmt.Sprintf("municipalities[%d].", i)
		for _, q := range m.Validate() {
			q.Field = prefix + q.Field
			*ps = append(*ps, q)
		}
		checkMunicipalityID(ps, prefix+"id", m.ID, ids)
		key := strings.ToLower(strings.TrimSpace(m.Name))
		if j, dup := seen[key]; dup && key != "" {
			add(prefix+"name", "{{.Name}} is already in the plan (number {{.Other}}).", map[string]any{"Name": m.Name, "Other": j + 1})
		}
		seen[key] = i
	}
	if p.Applicant != "" && p.IndexOf(p.Applicant) < 0 {
		add("applicant", "The applicant municipality {{.Name}} is not among the plan's municipalities.", map[string]any{"Name": p.Applicant})
	}
}

// checkMunicipalityID adds a problem at field when id is missing, not a
// short one-line text, or among seen, and adds it to seen.
func checkMunicipalityID(ps *Problems, field string, id MunicipalityID, seen map[MunicipalityID]bool) {
	switch {
	case id == "":
		*ps = append(*ps, Problem{Field: field, Message: "Required, but missing."})
	case seen[id]:
		*ps = append(*ps, Problem{Field: field, Message: "Two municipalities have the ID {{.ID}}.", Args: map[string]any{"ID": id}})
	}
	checkText(ps, field, string(id), MaxNameLen)
	seen[id] = true
}

// periodValid reports whether the period is sound, so that checks against
// it make sense; when it is not, only the period itself is reported.
func (p *Plan) periodValid() bool {
	return p.FirstYear >= MinYear && p.LastYear <= MaxYear && p.FirstYear <= p.LastYear && p.LastYear-p.FirstYear+1 <= MaxPeriodYears
}

// Validate checks one municipality and returns its problems, with field
// paths relative to the municipality.
func (m Municipality) Validate() Problems {
	var ps Problems
	checkName(&ps, "name", m.Name)
	if m.Number != "" && !isKommunenummer(m.Number) {
		ps = append(ps, Problem{Field: "number", Message: "The municipality number must be four digits."})
	}
	if m.Population < 0 || m.Population > MaxPopulation {
		ps = append(ps, Problem{Field: "population", Message: "The population must be a whole number between 0 and {{.Max}}.", Args: map[string]any{"Max": MaxPopulation}})
	}
	if m.PopulationDate != "" {
		if _, err := ParseStoredDate(m.PopulationDate); err != nil {
			ps = append(ps, Problem{Field: "populationDate", Message: "The date must be a real date, written as dd.mm.yyyy."})
		}
	}
	if !(m.AreaKm2 >= 0 && m.AreaKm2 <= MaxAreaKm2) { // also refuses NaN
		ps = append(ps, Problem{Field: "areaKm2", Message: "The area must be between 0 and {{.Max}} km².", Args: map[string]any{"Max": MaxAreaKm2}})
	}
	if m.Standard != Bokmal && m.Standard != Nynorsk && m.Standard != Neutral {
		ps = append(ps, Problem{Field: "standard", Message: "Choose bokmål, nynorsk or neutral for the municipality's papers."})
	}
	checkText(&ps, "council", m.Council, MaxNameLen)
	checkText(&ps, "contact", m.Contact, MaxNameLen)
	checkText(&ps, "expectation", m.Expectation, MaxTextLen)
	validatePapers(&ps, m.Papers)
	return ps
}

func checkName(ps *Problems, field, s string) {
	if strings.TrimSpace(s) == "" {
		*ps = append(*ps, Problem{Field: field, Message: "The name cannot be empty."})
		return
	}
	checkText(ps, field, s, MaxNameLen)
}

// checkText checks a text of at most max characters. A name or other
// single-line text (max up to MaxNameLen) may hold no control character; a
// longer text may hold line breaks but no other; neither may hold a
// character that reverses the direction of the text around it.
func checkText(ps *Problems, field, s string, max int) {
	if !utf8.ValidString(s) {
		*ps = append(*ps, Problem{Field: field, Message: "The text contains characters that are not valid."})
	} else if r, bad := forbiddenRune(s, max > MaxNameLen); bad {
		*ps = append(*ps, Problem{Field: field, Message: "The text contains the invisible character {{.Char}}; remove it.", Args: map[string]any{"Char": fmt.Sprintf("U+%04X", r)}})
	} else if n := utf8.RuneCountInString(s); n > max {
		*ps = append(*ps, Problem{Field: field, Message: "The text is {{.Len}} characters long; at most {{.Max}} are allowed.", Args: map[string]any{"Len": n, "Max": max}})
	}
}

// forbiddenRune returns the first control or direction-changing character
// of s (U+202A–U+202E, U+2066–U+2069); multiLine allows line breaks.
func forbiddenRune(s string, multiLine bool) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\n' && multiLine:
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return r, true
		}
	}
	return 0, false
}

func isKommunenummer(s string) bool { return len(s) == 4 && digits(s) }
