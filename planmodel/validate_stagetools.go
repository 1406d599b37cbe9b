package planmodel

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// MaxRecords bounds each list of a stage tool (sources, workshops, …).
const MaxRecords = 1000

// validateStageTools adds the problems of the stage tools' records to ps.
func (p *Plan) validateStageTools(ps *Problems) {
	known := p.KnownIDs()
	checkList(ps, "trust", p.Trust, func(a TrustAssessment) Problems { return a.Validate(known) })
	checkText(ps, "trustNotes", p.TrustNotes, MaxTextLen)
	checkList(ps, "sources", p.Sources, Source.Validate)
	if p.RDBrief != nil {
		for _, q := range p.RDBrief.Validate() {
			q.Field = "rdBrief." + q.Field
			*ps = append(*ps, q)
		}
	}
	checkList(ps, "actionAreas", p.ActionAreas, func(a ActionArea) Problems { return a.Validate(known) })
	checkList(ps, "strengths", p.Strengths, func(s Strength) Problems { return s.Validate(known) })
	checkList(ps, "focusGroups", p.FocusGroups, FocusGroup.Validate)
	checkList(ps, "workshops", p.Workshops, Workshop.Validate)
	checkList(ps, "stakeholders", p.Stakeholders, Stakeholder.Validate)
	checkList(ps, "activities", p.Activities, Activity.Validate)
	checkText(ps, "mediaPreparedness", p.MediaPreparedness, MaxTextLen)
}

// checkList checks the length of a list and each of its records, prefixing
// each record's field paths with the list's name and the record's index.
func checkList[T any](ps *Problems, name string, list []T, validate func(T) Problems) {
	if len(list) > MaxRecords {
		*ps = append(*ps, Problem{Field: name, Message: "A list can hold at most {{.Max}} entries.", Args: map[string]any{"Max": MaxRecords}})
	}
	for i, r := range list {
		for _, q := range validate(r) {
			q.Field = fmt.Sprintf("%s[%d].%s", name, i, q.Field)
			*ps = append(*ps, q)
		}
	}
}

// Validate checks one trust assessment, with field paths relative to it.
func (a TrustAssessment) Validate(known map[MunicipalityID]bool) Problems {
	var ps Problems
	checkDate(&ps, "date", a.Date, true)
	switch {
	case countSet(a.Municipality != "", a.Former != "", a.Group != "") != 1:
		ps = append(ps, Problem{Field: "municipality", Message: "Choose whom the assessment is for: one municipality or one group."})
	case a.Group != "" && !slices.Contains(TrustGroups, a.Group):
		ps = append(ps, Problem{Field: "group", Message: "Unknown group."})
	case a.Municipality != "" && !known[a.Municipality]:
		ps = append(ps, Problem{Field: "municipality", Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": a.Municipality}})
	}
	checkText(&ps, "former", a.Former, MaxNameLen)
	ids := make([]string, 0, len(a.Answers))
	for id := range a.Answers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !knownStatement(id) {
			ps = append(ps, Problem{Field: "answers." + id, Message: "Unknown statement."})
		} else {
			checkScore(&ps, "answers."+id, a.Answers[id])
		}
	}
	checkText(&ps, "comment", a.Comment, MaxTextLen)
	return ps
}

func knownStatement(id string) bool {
	for _, s := range TrustStatements {
		if s.ID == id {
			return true
		}
	}
	return false
}

// Validate checks one knowledge source, with field paths relative to it.
func (s Source) Validate() Problems {
	var ps Problems
	if !slices.Contains(SourceKinds, s.Kind) {
		ps = append(ps, Problem{Field: "kind", Message: "Unknown kind of source."})
	}
	checkTitle(&ps, "title", s.Title)
	checkText(&ps, "author", s.Author, MaxNameLen)
	checkDate(&ps, "date", s.Date, false)
	if !slices.Contains(SourceStatuses, s.Status) {
		ps = append(ps, Problem{Field: "status", Message: "Unknown status."})
	}
	checkText(&ps, "summary", s.Summary, MaxTextLen)
	checkText(&ps, "findings", s.Findings, MaxTextLen)
	return ps
}

// Validate checks the R&D commission brief, with field paths relative to it.
func (b RDBrief) Validate() Problems {
	var ps Problems
	checkText(&ps, "questions", b.Questions, MaxTextLen)
	checkText(&ps, "workingGroup", b.WorkingGroup, MaxTextLen)
	checkText(&ps, "provider", b.Provider, MaxNameLen)
	checkDate(&ps, "deadline", b.Deadline, false)
	return ps
}

// Validate checks one action area against the IDs of the plan's municipalities.
func (a ActionArea) Validate(municipalities map[MunicipalityID]bool) Problems {
	var ps Problems
	checkName(&ps, "name", a.Name)
	checkText(&ps, "regionalBenefit", a.RegionalBenefit, MaxTextLen)
	for _, id := range sortedKeys(a.Benefits) {
		checkMunicipality(&ps, "benefits."+string(id), id, municipalities)
		if !slices.Contains(Benefits, a.Benefits[id]) {
			ps = append(ps, Problem{Field: "benefits." + string(id), Message: "Unknown benefit."})
		}
	}
	return ps
}

// Validate checks one row of the strengths matrix against the IDs of the plan's municipalities.
func (s Strength) Validate(municipalities map[MunicipalityID]bool) Problems {
	var ps Problems
	checkTitle(&ps, "task", s.Task)
	for i, n := range s.Municipalities {
		checkMunicipality(&ps, fmt.Sprintf("municipalities[%d]", i), n, municipalities)
	}
	return ps
}

// Validate checks one focus group, with field paths relative to it.
func (g FocusGroup) Validate() Problems {
	var ps Problems
	checkName(&ps, "name", g.Name)
	checkText(&ps, "valueChain", g.ValueChain, MaxNameLen)
	checkNames(&ps, "members", g.Members)
	return ps
}

// Validate checks one workshop and its SWOT board, with field paths relative to it.
func (w Workshop) Validate() Problems {
	var ps Problems
	checkTitle(&ps, "title", w.Title)
	checkDate(&ps, "date", w.Date, false)
	checkText(&ps, "place", w.Place, MaxNameLen)
	checkText(&ps, "method", w.Method, MaxNameLen)
	checkText(&ps, "facilitator", w.Facilitator, MaxNameLen)
	checkText(&ps, "before", w.Before, MaxTextLen)
	checkText(&ps, "followUp", w.FollowUp, MaxTextLen)
	for i, g := range w.Participants {
		if !slices.Contains(Participants, g) {
			ps = append(ps, Problem{Field: fmt.Sprintf("participants[%d]", i), Message: "Unknown participant group."})
		}
	}
	checkNames(&ps, "swot.strengths", w.SWOT.Strengths)
	checkNames(&ps, "swot.weaknesses", w.SWOT.Weaknesses)
	checkNames(&ps, "swot.opportunities", w.SWOT.Opportunities)
	checkNames(&ps, "swot.threats", w.SWOT.Threats)
	return ps
}

// Validate checks one stakeholder, with field paths relative to it.
func (s Stakeholder) Validate() Problems {
	var ps Problems
	checkName(&ps, "name", s.Name)
	checkScore(&ps, "power", s.Power)
	checkScore(&ps, "interest", s.Interest)
	checkText(&ps, "keyMessage", s.KeyMessage, MaxTextLen)
	checkText(&ps, "channel", s.Channel, MaxNameLen)
	return ps
}

// Validate checks one communication activity, with field paths relative to it.
func (a Activity) Validate() Problems {
	var ps Problems
	checkDate(&ps, "date", a.Date, true)
	checkTitle(&ps, "title", a.Title)
	if !slices.Contains(Channels, a.Channel) {
		ps = append(ps, Problem{Field: "channel", Message: "Unknown channel."})
	}
	checkText(&ps, "audience", a.Audience, MaxNameLen)
	checkText(&ps, "result", a.Result, MaxTextLen)
	return ps
}

func checkTitle(ps *Problems, field, s string) {
	if strings.TrimSpace(s) == "" {
		*ps = append(*ps, Problem{Field: field, Message: "The title cannot be empty."})
		return
	}
	checkText(ps, field, s, MaxNameLen)
}

// checkNames checks a list of short texts, such as members or SWOT points.
func checkNames(ps *Problems, field string, list []string) {
	if len(list) > MaxRecords {
		*ps = append(*ps, Problem{Field: field, Message: "A list can hold at most {{.Max}} entries.", Args: map[string]any{"Max": MaxRecords}})
	}
	for i, s := range list {
		checkText(ps, fmt.Sprintf("%s[%d]", field, i), s, MaxNameLen)
	}
}

func checkDate(ps *Problems, field, s string, required bool) {
	if s == "" {
		if required {
			*ps = append(*ps, Problem{Field: field, Message: "The date cannot be empty."})
		}
		return
	}
	if _, err := ParseStoredDate(s); err != nil {
		*ps = append(*ps, Problem{Field: field, Message: "The date must be a real date, written as dd.mm.yyyy."})
	}
}

func checkScore(ps *Problems, field string, v int) {
	if v < MinScore || v > MaxScore {
		*ps = append(*ps, Problem{Field: field, Message: "Must be a whole number from {{.Min}} to {{.Max}}.", Args: map[string]any{"Min": MinScore, "Max": MaxScore}})
	}
}

func checkMunicipality(ps *Problems, field string, id MunicipalityID, municipalities map[MunicipalityID]bool) {
	if !municipalities[id] {
		*ps = append(*ps, Problem{Field: field, Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": id}})
	}
}

// countSet returns how many of bs are true.
func countSet(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
