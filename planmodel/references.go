package planmodel

import (
	"slices"
	"strings"
)

// renameInStageTools follows a municipality's new name in the stage tools'
// records: trust assessments, benefits and strengths.
func (p *Plan) renameInStageTools(old, name string) {
	for i := range p.Trust {
		if p.Trust[i].Municipality == old {
			p.Trust[i].Municipality = name
		}
	}
	for i := range p.ActionAreas {
		if b, ok := p.ActionAreas[i].Benefits[old]; ok {
			delete(p.ActionAreas[i].Benefits, old)
			if prev, ok := p.ActionAreas[i].Benefits[name]; !ok || benefitRank(b) > benefitRank(prev) {
				p.ActionAreas[i].Benefits[name] = b // a merger keeps the greater benefit
			}
		}
	}
	for i := range p.Strengths {
		var ms []string
		for _, m := range p.Strengths[i].Municipalities {
			if m == old {
				m = name
			}
			if !slices.Contains(ms, m) {
				ms = append(ms, m)
			}
		}
		p.Strengths[i].Municipalities = ms
	}
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

// forgetInStageTools removes the references to a municipality that leaves
// the plan from the stage tools: its benefits and strengths. Its trust
// assessments stay, as the history of the cooperation.
func (p *Plan) forgetInStageTools(name string) {
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
