package planmodel

import "slices"

// eachReference replaces every reference to a municipality outside the trust
// assessments by what to returns for it; "" drops the reference. Where two
// references end up the same (two keys of a map, two entries of a list) the
// first one's value is kept; callers that must combine them do so first.
func (p *Plan) eachReference(to func(MunicipalityID) MunicipalityID) {
	if p.Applicant != "" {
		p.Applicant = to(p.Applicant)
	}
	r := &p.Resources
	r.Key.Manual = rekey(r.Key.Manual, to)
	r.Hours = rekey(r.Hours, to)
	r.Payments = rekey(r.Payments, to)
	for i := range p.Measures {
		if m := &p.Measures[i]; m.Responsible != "" {
			m.Responsible = to(m.Responsible)
		}
	}
	for i := range p.Decisions {
		d := &p.Decisions[i]
		d.Paths = repoint(d.Paths, func(c *CasePath) *MunicipalityID { return &c.Municipality }, to)
	}
	for i := range p.Reanchorings {
		r := &p.Reanchorings[i]
		r.Municipalities = repoint(r.Municipalities, func(m *ReanchorProgress) *MunicipalityID { return &m.Municipality }, to)
	}
	for i := range p.ActionAreas {
		p.ActionAreas[i].Benefits = rekey(p.ActionAreas[i].Benefits, to)
	}
	for i := range p.Strengths {
		s := &p.Strengths[i]
		s.Municipalities = repoint(s.Municipalities, func(id *MunicipalityID) *MunicipalityID { return id }, to)
	}
}

// rekey returns m with every key k under to(k), leaving out keys that map to
// "" and, when two keys map to one, keeping the value of the lesser key.
func rekey[V any](m map[MunicipalityID]V, to func(MunicipalityID) MunicipalityID) map[MunicipalityID]V {
	if m == nil {
		return nil
	}
	keys := make([]MunicipalityID, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make(map[MunicipalityID]V, len(m))
	for _, k := range keys {
		if n := to(k); n != "" {
			if _, taken := out[n]; !taken {
				out[n] = m[k]
			}
		}
	}
	return out
}

// repoint returns the records of list with the reference ref picks in each
// replaced by to's answer, leaving out records whose reference maps to ""
// or to one an earlier record has.
func repoint[T any](list []T, ref func(*T) *MunicipalityID, to func(MunicipalityID) MunicipalityID) []T {
	out := list[:0]
	var seen []MunicipalityID
	for _, r := range list {
		id := ref(&r)
		if *id = to(*id); *id != "" && !slices.Contains(seen, *id) {
			seen = append(seen, *id)
			out = append(out, r)
		}
	}
	return out
}

// replacing maps the IDs from to the ID to, and every other ID to itself;
// with to empty it drops the references to them.
func replacing(from []MunicipalityID, to MunicipalityID) func(MunicipalityID) MunicipalityID {
	return func(id MunicipalityID) MunicipalityID {
		if slices.Contains(from, id) {
			return to
		}
		return id
	}
}

// greaterBenefit returns the greater of two benefits: a merger keeps it.
func greaterBenefit(a, b Benefit) Benefit {
	if benefitRank(b) > benefitRank(a) {
		return b
	}
	return a
}

func benefitRank(b Benefit) int {
	switch b {
	case BenefitDirect:
		return 2
	case BenefitIndirect:
		return 1
	}
	return 0
}
