package planmodel

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
	for j := range p.Measures {
		if p.Measures[j].Responsible == name {
			p.Measures[j].Responsible = ""
		}
	}
	for j := range p.Decisions {
		p.SyncPaths(&p.Decisions[j])
	}
}
