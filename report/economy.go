package report

import "regionplan/planmodel"

// contributionText is municipality i's contribution over the period as
// text, for the {bidrag} placeholder.
func contributionText(p *planmodel.Plan, i int) string {
	return ""
}

// economy writes the economic consequences for municipality i.
func (d *doc) economy(p *planmodel.Plan, i int) {
	d.para(d.word("no economy"))
}
