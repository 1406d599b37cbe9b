package planmodel

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Wording holds a free text as written in the other written standard(s).
// The text itself is in the plan's own standard (DocumentStandard); a
// document in another standard prints the wording there when it has one.
type Wording map[Standard]string

// in returns the text as it reads in std.
func (w Wording) in(text string, std Standard) string {
	if s := strings.TrimSpace(w[std]); s != "" {
		return s
	}
	return text
}

// InStandard returns a copy of the plan whose free texts that reach
// documents (name, leader, goals, measures, cost items, funding sources,
// activities) read as in std, where they have a wording there.
func (p *Plan) InStandard(std Standard) *Plan {
	c := *p
	c.Name, c.Leader = p.NameIn.in(p.Name, std), p.LeaderIn.in(p.Leader, std)
	c.Goals = slices.Clone(p.Goals)
	for i := range c.Goals {
		c.Goals[i].Title = c.Goals[i].TitleIn.in(c.Goals[i].Title, std)
	}
	c.Measures = slices.Clone(p.Measures)
	for i := range c.Measures {
		c.Measures[i].Title = c.Measures[i].TitleIn.in(c.Measures[i].Title, std)
	}
	c.Resources.Costs = slices.Clone(p.Resources.Costs)
	for i := range c.Resources.Costs {
		c.Resources.Costs[i].Title = c.Resources.Costs[i].TitleIn.in(c.Resources.Costs[i].Title, std)
	}
	c.Resources.Funding = slices.Clone(p.Resources.Funding)
	for i := range c.Resources.Funding {
		c.Resources.Funding[i].Name = c.Resources.Funding[i].NameIn.in(c.Resources.Funding[i].Name, std)
	}
	c.Activities = slices.Clone(p.Activities)
	for i := range c.Activities {
		c.Activities[i] = c.Activities[i].InStandard(std)
	}
	return &c
}

// InStandard returns the activity with its title and result as in std.
func (a Activity) InStandard(std Standard) Activity {
	a.Title, a.Result = a.TitleIn.in(a.Title, std), a.ResultIn.in(a.Result, std)
	return a
}

// WordingRef is one free text that documents print: its field, the text
// in the plan's own standard and its wordings in the others, to edit.
type WordingRef struct {
	Field string
	Text  string
	In    *Wording
}

// Wordings lists the plan's free texts that documents print, with their
// wordings, in the plan's order.
func (p *Plan) Wordings() []WordingRef {
	out := []WordingRef{{"name", p.Name, &p.NameIn}, {"leader", p.Leader, &p.LeaderIn}}
	for i := range p.Goals {
		out = append(out, WordingRef{fmt.Sprintf("goals[%d].title", i), p.Goals[i].Title, &p.Goals[i].TitleIn})
	}
	for i := range p.Measures {
		out = append(out, WordingRef{fmt.Sprintf("measures[%d].title", i), p.Measures[i].Title, &p.Measures[i].TitleIn})
	}
	for i := range p.Resources.Costs {
		c := &p.Resources.Costs[i]
		out = append(out, WordingRef{fmt.Sprintf("resources.costs[%d].title", i), c.Title, &c.TitleIn})
	}
	for i := range p.Resources.Funding {
		f := &p.Resources.Funding[i]
		out = append(out, WordingRef{fmt.Sprintf("resources.funding[%d].name", i), f.Name, &f.NameIn})
	}
	for i := range p.Activities {
		a := &p.Activities[i]
		out = append(out, WordingRef{fmt.Sprintf("activities[%d].title", i), a.Title, &a.TitleIn},
			WordingRef{fmt.Sprintf("activities[%d].result", i), a.Result, &a.ResultIn})
	}
	return slices.DeleteFunc(out, func(w WordingRef) bool { return strings.TrimSpace(w.Text) == "" })
}

// NotIn lists the free texts a document in std would print in the plan's
// own standard because they have no wording in std; none when std is the
// plan's own.
func (p *Plan) NotIn(std Standard) []WordingRef {
	if std == p.DocumentStandard() {
		return nil
	}
	return slices.DeleteFunc(p.Wordings(), func(w WordingRef) bool { return strings.TrimSpace((*w.In)[std]) != "" })
}

// validateWording checks a text's wordings.
func validateWording(ps *Problems, field string, w Wording, max int) {
	for _, std := range slices.Sorted(maps.Keys(w)) {
		s := w[std]
		if std != Bokmal && std != Nynorsk {
			*ps = append(*ps, Problem{Field: field, Message: "A text can only be worded in bokmål or nynorsk."})
		}
		checkText(ps, field, s, max)
	}
}

// Set words the text in std; an empty text removes the wording.
func (w WordingRef) Set(std Standard, text string) {
	if strings.TrimSpace(text) == "" {
		delete(*w.In, std)
		return
	}
	if *w.In == nil {
		*w.In = Wording{}
	}
	(*w.In)[std] = text
}
