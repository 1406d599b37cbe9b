package planmodel

import (
	"slices"
	"strings"
)

// RenameMunicipality makes every reference to the municipality called old
// (the applicant, manual shares, hours, measures, decision paths) follow it
// to its new name.
func (p *Plan) RenameMunicipality(old, new string) {
	if old == new {
		return
	}
	if p.Applicant == old {
		p.Applicant = new
	}
	r := &p.Resources
	if v, ok := r.Key.Manual[old]; ok {
		delete(r.Key.Manual, old)
		r.Key.Manual[new] = v
	}
	if h, ok := r.Hours[old]; ok {
		delete(r.Hours, old)
		r.Hours[new] = h
	}
	r.mergePayments([]string{old}, new)
	for i := range p.Measures {
		if p.Measures[i].Responsible == old {
			p.Measures[i].Responsible = new
		}
	}
	for i := range p.Decisions {
		if c := p.Decisions[i].Path(old); c != nil {
			c.Municipality = new
		}
	}
	for i := range p.Reanchorings {
		if m := p.Reanchorings[i].find(old); m != nil {
			m.Municipality = new
		}
	}
	p.renameInStageTools(old, new)
}

// RemoveMunicipality takes municipality i out of the plan with its manual
// share, hours and decision paths; measures it was responsible for are left
// without a responsible municipality.
func (p *Plan) RemoveMunicipality(i int) {
	name := p.Municipalities[i].Name
	p.Municipalities = append(p.Municipalities[:i:i], p.Municipalities[i+1:]...)
	if p.Applicant == name {
		p.Applicant = ""
	}
	delete(p.Resources.Key.Manual, name)
	delete(p.Resources.Hours, name)
	p.Resources.mergePayments([]string{name}, "")
	for j := range p.Measures {
		if p.Measures[j].Responsible == name {
			p.Measures[j].Responsible = ""
		}
	}
	for j := range p.Decisions {
		p.SyncPaths(&p.Decisions[j])
	}
	p.dropReanchorProgress(name)
	p.forgetInStageTools(name)
}

// dropReanchorProgress forgets the named municipality's re-anchoring steps.
func (p *Plan) dropReanchorProgress(name string) {
	for i := range p.Reanchorings {
		r := &p.Reanchorings[i]
		kept := r.Municipalities[:0]
		for _, m := range r.Municipalities {
			if m.Municipality != name {
				kept = append(kept, m)
			}
		}
		r.Municipalities = kept
	}
}

// MergeMunicipalities joins the named municipalities into one called
// newName, as when Songdalen and Søgne joined Kristiansand in 2020: the
// populations and areas are added up, manual shares and hours combined,
// the measures they lead or own follow the new name, and their decision
// paths are kept under it, the others' bodies after the first's, named
// after the municipality they came from. The merged municipality takes the
// place and the other facts of the first one named. Take a snapshot first:
// this cannot be undone.
func (p *Plan) MergeMunicipalities(names []string, newName string) error {
	idx, err := p.checkMerge(names, newName)
	if err != nil {
		return err
	}
	merged := p.mergedFacts(idx, newName)
	p.Resources.mergeMunicipalities(names, newName)
	for i := range p.Measures {
		if slices.Contains(names, p.Measures[i].Responsible) {
			p.Measures[i].Responsible = newName
		}
	}
	for i := range p.Decisions {
		p.Decisions[i].mergePaths(names, newName)
	}
	if slices.Contains(names, p.Applicant) {
		p.Applicant = newName
	}
	for _, n := range names[1:] {
		p.dropReanchorProgress(n)
		p.renameInStageTools(n, newName)
	}
	p.renameInStageTools(names[0], newName)
	for i := range p.Reanchorings {
		if m := p.Reanchorings[i].find(names[0]); m != nil {
			m.Municipality = newName
		}
	}
	// Keep the merged municipality in the first one's place; drop the others.
	keep := p.Municipalities[:0]
	for i, m := range p.Municipalities {
		switch {
		case i == idx[0]:
			keep = append(keep, merged)
		case !slices.Contains(names, m.Name):
			keep = append(keep, m)
		}
	}
	p.Municipalities = keep
	for i := range p.Decisions {
		p.SyncPaths(&p.Decisions[i])
	}
	return nil
}

// checkMerge refuses a merge of fewer than two municipalities, of one not in
// the plan, or into a name that is not valid or already taken, and returns
// the named municipalities' indexes.
func (p *Plan) checkMerge(names []string, newName string) ([]int, error) {
	if len(names) < 2 {
		return nil, Problems{{Field: "municipalities", Message: "Choose at least two municipalities to merge."}}
	}
	var ps Problems
	if checkName(&ps, "name", newName); len(ps) > 0 {
		return nil, ps
	}
	idx := make([]int, len(names))
	for k, n := range names {
		if idx[k] = p.MunicipalityIndex(n); idx[k] < 0 {
			return nil, Problems{{Field: "municipalities", Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": n}}}
		}
	}
	if j := p.MunicipalityIndex(newName); j >= 0 && !slices.Contains(names, newName) {
		return nil, Problems{{Field: "name", Message: "{{.Name}} is already in the plan (number {{.Other}}).", Args: map[string]any{"Name": newName, "Other": j + 1}}}
	}
	return idx, nil
}

// mergedFacts is the first of the municipalities at idx under newName, with
// the populations and areas of all of them added up and the latest count date.
func (p *Plan) mergedFacts(idx []int, newName string) Municipality {
	merged := p.Municipalities[idx[0]]
	merged.Name = newName
	for _, i := range idx[1:] {
		m := p.Municipalities[i]
		merged.Population += m.Population
		merged.AreaKm2 += m.AreaKm2
		merged.PopulationDate = max(merged.PopulationDate, m.PopulationDate)
	}
	return merged
}

// mergeMunicipalities adds up the named municipalities' manual shares, hours
// and payments under newName.
func (r *Resources) mergeMunicipalities(names []string, newName string) {
	if r.Key.Manual != nil {
		sum := 0
		for _, n := range names {
			sum += r.Key.Manual[n]
			delete(r.Key.Manual, n)
		}
		r.Key.Manual[newName] = sum
	}
	var hours Yearly
	for _, n := range names {
		for y, h := range r.Hours[n] {
			hours.Set(y, hours.Get(y)+h)
		}
		delete(r.Hours, n)
	}
	if len(hours) > 0 {
		if r.Hours == nil {
			r.Hours = map[string]Yearly{}
		}
		r.Hours[newName] = hours
	}
	r.mergePayments(names, newName)
}

// mergePaths keeps the first named municipality's case path under newName,
// with the other named municipalities' bodies after its own, each named
// after the municipality it came from.
func (d *Decision) mergePaths(names []string, newName string) {
	var path *CasePath
	for _, n := range names {
		c := d.Path(n)
		switch {
		case c == nil:
		case path == nil:
			path = c
		default:
			for _, s := range c.Steps {
				s.Body = n + ": " + s.Body
				path.Steps = append(path.Steps, s)
			}
		}
	}
	if path != nil {
		path.Municipality = newName
	}
}

// PutMunicipality puts m into the plan as municipality i, or adds it when i
// is negative, if it is valid, no other municipality has its name and a new
// one has room. A renamed municipality's references follow it; applicant
// says whether it is the plan's applicant municipality.
func (p *Plan) PutMunicipality(i int, m Municipality, applicant bool) error {
	if ps := m.Validate(); len(ps) > 0 {
		return ps
	}
	for j, o := range p.Municipalities {
		if j != i && strings.EqualFold(o.Name, m.Name) {
			return Problems{{Field: "name", Message: "{{.Name}} is already in the plan (number {{.Other}}).", Args: map[string]any{"Name": o.Name, "Other": j + 1}}}
		}
	}
	if i < 0 {
		if len(p.Municipalities) >= MaxMunicipals {
			return Problems{{Field: "municipalities", Message: "A plan can have at most {{.Max}} municipalities.", Args: map[string]any{"Max": MaxMunicipals}}}
		}
		p.Municipalities = append(p.Municipalities, m)
	} else {
		p.RenameMunicipality(p.Municipalities[i].Name, m.Name)
		p.Municipalities[i] = m
	}
	switch {
	case applicant:
		p.Applicant = m.Name
	case p.Applicant == m.Name:
		p.Applicant = ""
	}
	return nil
}
