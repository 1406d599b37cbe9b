package planmodel

import "strings"

// RenameMunicipality follows a municipality's new name everywhere the plan
// refers to it by name, apart from the municipality list itself.
func (p *Plan) RenameMunicipality(old, name string) {
	if old == name {
		return
	}
	if p.Applicant == old {
		p.Applicant = name
	}
	for i := range p.Trust {
		if p.Trust[i].Municipality == old {
			p.Trust[i].Municipality = name
		}
	}
	for i := range p.ActionAreas {
		if b, ok := p.ActionAreas[i].Benefits[old]; ok {
			delete(p.ActionAreas[i].Benefits, old)
			p.ActionAreas[i].Benefits[name] = b
		}
	}
	for i := range p.Strengths {
		for j, m := range p.Strengths[i].Municipalities {
			if m == old {
				p.Strengths[i].Municipalities[j] = name
			}
		}
	}
}

// ForgetMunicipality removes the references to a municipality that leaves
// the plan: its benefits and strengths. Its trust assessments stay, as the
// history of the cooperation.
func (p *Plan) ForgetMunicipality(name string) {
	if p.Applicant == name {
		p.Applicant = ""
	}
	for i := range p.ActionAreas {
		delete(p.ActionAreas[i].Benefits, name)
	}
	for i := range p.Strengths {
		ms := p.Strengths[i].Municipalities[:0]
		for _, m := range p.Strengths[i].Municipalities {
			if !strings.EqualFold(m, name) {
				ms = append(ms, m)
			}
		}
		p.Strengths[i].Municipalities = ms
	}
}
