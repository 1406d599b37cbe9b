package planmodel

import (
	"slices"
	"strings"
)

// RemoveMunicipality takes municipality i out of the plan with its manual
// share, hours, payments, decision paths, re-anchoring, benefits and
// strengths; measures it was responsible for are left without a responsible
// municipality. Its trust assessments stay, as the history of the
// cooperation, under its name.
func (p *Plan) RemoveMunicipality(i int) {
	gone := p.Municipalities[i]
	p.Municipalities = append(p.Municipalities[:i:i], p.Municipalities[i+1:]...)
	for j := range p.Trust {
		if a := &p.Trust[j]; a.Municipality == gone.ID {
			a.Municipality, a.Former = "", gone.Name
		}
	}
	p.eachReference(replacing([]MunicipalityID{gone.ID}, ""))
	for j := range p.Decisions {
		p.SyncPaths(&p.Decisions[j])
	}
}

// MergeMunicipalities joins the municipalities with the given IDs into the
// first of them, renamed newName, as when Songdalen and Søgne joined
// Kristiansand in 2020: the populations and areas are added up, manual
// shares, hours and payments combined, the greater benefit kept, and the
// measures, trust assessments and strengths of the others follow the first.
// Their decision paths are kept under it, the others' bodies after the
// first's, named after the municipality they came from; the others'
// re-anchoring is dropped. The merged municipality keeps the first one's ID,
// place and other facts. Take a snapshot first: this cannot be undone.
func (p *Plan) MergeMunicipalities(ids []MunicipalityID, newName string) error {
	idx, err := p.checkMerge(ids, newName)
	if err != nil {
		return err
	}
	into, others := ids[0], ids[1:]
	merged := p.mergedFacts(idx, newName)
	p.Resources.combine(into, others)
	for i := range p.ActionAreas {
		combine(p.ActionAreas[i].Benefits, into, others, greaterBenefit)
	}
	for i := range p.Decisions {
		p.mergePaths(&p.Decisions[i], into, others)
	}
	for i := range p.Reanchorings {
		r := &p.Reanchorings[i]
		r.Municipalities = repoint(r.Municipalities, func(m *ReanchorProgress) *MunicipalityID { return &m.Municipality }, replacing(others, ""))
	}
	for i := range p.Trust {
		if slices.Contains(others, p.Trust[i].Municipality) {
			p.Trust[i].Municipality = into
		}
	}
	p.eachReference(replacing(others, into))
	p.Municipalities = slices.DeleteFunc(p.Municipalities, func(m Municipality) bool { return slices.Contains(others, m.ID) })
	p.Municipalities[p.IndexOf(into)] = merged
	for i := range p.Decisions {
		p.SyncPaths(&p.Decisions[i])
	}
	return nil
}

// checkMerge refuses a merge of fewer than two municipalities, of one not in
// the plan, or into a name that is not valid or already taken, and returns
// the named municipalities' indexes.
func (p *Plan) checkMerge(ids []MunicipalityID, newName string) ([]int, error) {
	if len(ids) < 2 {
		return nil, Problems{{Field: "municipalities", Message: "Choose at least two municipalities to merge."}}
	}
	var ps Problems
	if checkName(&ps, "name", newName); len(ps) > 0 {
		return nil, ps
	}
	idx := make([]int, len(ids))
	for k, id := range ids {
		if idx[k] = p.IndexOf(id); idx[k] < 0 || slices.Index(ids, id) < k {
			return nil, Problems{{Field: "municipalities", Message: "{{.Name}} is not among the plan's municipalities.", Args: map[string]any{"Name": id}}}
		}
	}
	if j := p.MunicipalityIndex(newName); j >= 0 && !slices.Contains(idx, j) {
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

// combine adds the manual shares, hours and payments of the municipalities
// others to those of into, and forgets the others'.
func (r *Resources) combine(into MunicipalityID, others []MunicipalityID) {
	combine(r.Key.Manual, into, others, func(a, b int) int { return a + b })
	combine(r.Hours, into, others, addYearly)
	combine(r.Payments, into, others, func(a, b Payment) Payment {
		return Payment{Invoiced: addYearly(a.Invoiced, b.Invoiced), Paid: addYearly(a.Paid, b.Paid)}
	})
}

// combine puts the values of m under the keys others together with add into
// the value under into, and deletes the others' keys.
func combine[V any](m map[MunicipalityID]V, into MunicipalityID, others []MunicipalityID, add func(a, b V) V) {
	for _, o := range others {
		v, ok := m[o]
		if !ok {
			continue
		}
		if have, ok := m[into]; ok {
			v = add(have, v)
		}
		m[into] = v
		delete(m, o)
	}
}

// addYearly returns the sum of a and b year by year.
func addYearly(a, b Yearly) Yearly {
	var sum Yearly
	for _, y := range []Yearly{a, b} {
		for year, v := range y {
			sum.Set(year, sum.Get(year)+v)
		}
	}
	return sum
}

// mergePaths keeps the case path of into, with the bodies of the paths of
// others after its own, each named after the municipality it came from, and
// drops the others' paths. With no path of its own, into takes the first
// other's.
func (p *Plan) mergePaths(d *Decision, into MunicipalityID, others []MunicipalityID) {
	path := d.Path(into)
	for _, o := range others {
		c := d.Path(o)
		switch {
		case c == nil:
		case path == nil:
			c.Municipality = into
			path = c
		default:
			for _, s := range c.Steps {
				s.Body = p.NameOf(o) + ": " + s.Body
				path.Steps = append(path.Steps, s)
			}
		}
	}
	d.Paths = repoint(d.Paths, func(c *CasePath) *MunicipalityID { return &c.Municipality }, replacing(others, ""))
}

// PutMunicipality puts m into the plan as municipality i, or adds it when i
// is negative, if it is valid, no other municipality has its name and a new
// one has room. A new municipality gets an ID; one put in place of another
// keeps that one's ID, so every reference follows a rename. applicant says
// whether it is the plan's applicant municipality.
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
		if m.ID == "" || p.IndexOf(m.ID) >= 0 {
			m.ID = p.newMunicipalityID()
		}
		p.Municipalities = append(p.Municipalities, m)
	} else {
		m.ID = p.Municipalities[i].ID // a rename changes the name, never the ID
		p.Municipalities[i] = m
	}
	switch {
	case applicant:
		p.Applicant = m.ID
	case p.Applicant == m.ID:
		p.Applicant = ""
	}
	return nil
}
