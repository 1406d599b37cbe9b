package wizard

import "regionplan/planmodel"

// Progress counts a checklist's items by state.
type Progress struct {
	Done, NotRelevant, Total int
}

// Resolved is the number of items that need no more work: done or not relevant.
func (p Progress) Resolved() int { return p.Done + p.NotRelevant }

// Percent is the share of resolved items, rounded down, 0–100.
func (p Progress) Percent() int {
	if p.Total == 0 {
		return 0
	}
	return 100 * p.Resolved() / p.Total
}

// Complete reports whether every item is resolved.
func (p Progress) Complete() bool { return p.Total > 0 && p.Resolved() == p.Total }

func (p *Progress) add(s planmodel.Status) {
	p.Total++
	switch s {
	case planmodel.Done:
		p.Done++
	case planmodel.NotRelevant:
		p.NotRelevant++
	}
}

// StageProgress returns the progress of the plan's checklist in one stage.
func (s *Stage) Progress(p *planmodel.Plan) Progress {
	var pr Progress
	for _, it := range s.Items {
		pr.add(p.Item(it.ID).Status)
	}
	return pr
}

// Progress returns the progress of the plan over all eight stages.
func (g *Guide) Progress(p *planmodel.Plan) Progress {
	var pr Progress
	for i := range g.Stages {
		for _, it := range g.Stages[i].Items {
			pr.add(p.Item(it.ID).Status)
		}
	}
	return pr
}

// NextFrom returns the next step for someone working in stage current: its
// first open item, or when it has none (or current is not a stage) the
// first open item of the guide, as Next.
func (g *Guide) NextFrom(p *planmodel.Plan, current int) (int, *Item) {
	if current >= 0 && current < len(g.Stages) {
		for j, it := range g.Stages[current].Items {
			if p.Item(it.ID).Status == planmodel.Open {
				return current, &g.Stages[current].Items[j]
			}
		}
	}
	return g.Next(p)
}

// Next returns the suggested next step: the index of the first stage with
// open items and the first open item in it. When everything is resolved it
// returns -1 and nil.
func (g *Guide) Next(p *planmodel.Plan) (int, *Item) {
	for i := range g.Stages {
		for j, it := range g.Stages[i].Items {
			if p.Item(it.ID).Status == planmodel.Open {
				return i, &g.Stages[i].Items[j]
			}
		}
	}
	return -1, nil
}
