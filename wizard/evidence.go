package wizard

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"regionplan/planmodel"
)

// Suggestion is an open checklist item that the plan's own data fulfils,
// with the evidence: one line naming what fulfils it. The user ticks it;
// nothing ticks it for them.
type Suggestion struct {
	Item     *Item
	Evidence string
}

// evidence is what a rule found: how many things fulfil the item and which.
type evidence struct {
	count int
	names []string
}

// rule finds the evidence for one checklist item in a plan, reporting false
// when the plan's data does not fulfil it.
type rule func(p *planmodel.Plan, now time.Time) (evidence, bool)

// rules holds, by checklist item ID, the items the plan's data can evidence.
// The guide gives each of them an evidence line in every language.
var rules = map[string]rule{
	"expectations.each-municipality":      everyExpectation,
	"expectations.benefits-all":           benefitsAll,
	"expectations.clear-goals":            clearGoals,
	"trust.quick-wins":                    quickWinsUnderWay,
	"trust.five-factors":                  fiveFactors,
	"knowledge.foundation":                sourcesDone,
	"knowledge.facts-and-voices":          factsAndVoices,
	"knowledge.clear-brief":               clearBrief,
	"knowledge.working-group":             briefWorkingGroup,
	"knowledge.summaries":                 regionalBenefits,
	"knowledge.indirect-benefit":          indirectBenefits,
	"knowledge.strengths-map":             strengthsMap,
	"participation.focus-groups":          focusGroups,
	"participation.facilitators":          facilitators,
	"participation.methods":               workshopMethods,
	"participation.before-after":          workshopsFollowedUp,
	"participation.other-groups":          workshopsWith(planmodel.ParticipantYouth, planmodel.ParticipantElderly, planmodel.ParticipantImmigrants),
	"participation.business":              workshopsWith(planmodel.ParticipantBusiness),
	"participation.politicians":           workshopsWith(planmodel.ParticipantPoliticians),
	"structure.decision-path":             decisionPaths,
	"structure.templates":                 sharedDecisionTexts,
	"political-shifts.realistic-duration": subGoalYears,
	"political-shifts.election-plan":      subGoalsReanchored,
	"political-shifts.new-politicians":    reanchored,
	"resources.financing-plan":            wholePeriodFinanced,
	"resources.assign-responsibility":     commonMeasuresLed,
	"resources.lead-common-measures":      everyoneLeads,
	"resources.budget-follow-up":          accountsKept,
	"resources.team-time":                 hoursRecorded,
	"communication.media-strategy":        mediaPreparedness,
	"communication.stakeholders":          stakeholderAnalysis,
	"communication.ambassadors":           ambassadors,
	"communication.continuous":            reportedLately,
	"communication.press-releases":        pressReleases,
}

// maxNames is how many names an evidence line lists before it ends in "…".
const maxNames = 5

// Suggest returns the evidence line for item it when it is open and the
// plan's data fulfils it, and false otherwise.
func Suggest(p *planmodel.Plan, it *Item, now time.Time) (string, bool) {
	r := rules[it.ID]
	if r == nil || it.Evidence == "" || p.Item(it.ID).Status != planmodel.Open {
		return "", false
	}
	ev, ok := r(p, now)
	if !ok {
		return "", false
	}
	var names []string
	for _, n := range ev.names {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) > maxNames {
		names = append(slices.Clone(names[:maxNames]), "…")
	}
	return strings.NewReplacer("{{.Count}}", fmt.Sprint(ev.count), "{{.Names}}", strings.Join(names, ", ")).Replace(it.Evidence), true
}

// Suggestions returns the open items of stage s that the plan's data
// fulfils, in the checklist's order, each with its evidence.
func (s *Stage) Suggestions(p *planmodel.Plan, now time.Time) []Suggestion {
	var out []Suggestion
	for i := range s.Items {
		if line, ok := Suggest(p, &s.Items[i], now); ok {
			out = append(out, Suggestion{Item: &s.Items[i], Evidence: line})
		}
	}
	return out
}

// where is the evidence of the things in list that fulfil an item: keep
// names one and says whether it counts.
func where[T any](list []T, keep func(T) (string, bool)) (evidence, bool) {
	var names []string
	for _, x := range list {
		if name, ok := keep(x); ok {
			names = append(names, name)
		}
	}
	return found(names)
}

// found is the evidence of names when there are any.
func found(names []string) (evidence, bool) {
	return evidence{count: len(names), names: names}, len(names) > 0
}

// all is the evidence of count things when there are some and every one of them counts.
func all(count int, ok bool) (evidence, bool) {
	return evidence{count: count}, count > 0 && ok
}

func everyExpectation(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return all(len(p.Municipalities), len(noExpectation(p)) == 0)
}

func benefitsAll(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return all(len(p.ActionAreas), len(p.WithoutBenefit()) == 0)
}

func clearGoals(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for i := range p.Goals {
		if !p.Goals[i].Measurable() {
			return evidence{}, false
		}
		names = append(names, p.Goals[i].Title)
	}
	return found(names)
}

func quickWinsUnderWay(p *planmodel.Plan, now time.Time) (evidence, bool) {
	return where(p.Measures, func(m planmodel.Measure) (string, bool) {
		st := m.StatusIn(now.Year())
		return m.Title, m.QuickWin && (st == planmodel.MeasureRunning || st == planmodel.MeasureDone)
	})
}

func fiveFactors(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for _, a := range p.Trust {
		complete := true
		for _, f := range planmodel.TrustFactors {
			_, ok := a.FactorMean(f)
			complete = complete && ok
		}
		if complete {
			d, _ := planmodel.ParseStoredDate(a.Date)
			names = append(names, planmodel.FormatDate(d))
		}
	}
	return found(names)
}

func sourcesDone(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Sources, func(s planmodel.Source) (string, bool) { return s.Title, s.Status == planmodel.SourceDone })
}

// factsAndVoices finds knowledge sources of both kinds: figures
// (statistics, analyses, R&D studies) and voices (surveys, interviews).
func factsAndVoices(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var facts, voices []string
	for _, s := range p.Sources {
		switch s.Kind {
		case planmodel.SourceSurvey, planmodel.SourceInterview:
			voices = append(voices, s.Title)
		default:
			facts = append(facts, s.Title)
		}
	}
	if len(facts) == 0 || len(voices) == 0 {
		return evidence{}, false
	}
	return found(append(facts, voices...))
}

func clearBrief(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	if p.RDBrief == nil || strings.TrimSpace(p.RDBrief.Questions) == "" {
		return evidence{}, false
	}
	return all(1, true)
}

func briefWorkingGroup(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	if p.RDBrief == nil {
		return evidence{}, false
	}
	return found(nonEmpty(firstLine(p.RDBrief.WorkingGroup)))
}

func regionalBenefits(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.ActionAreas, func(a planmodel.ActionArea) (string, bool) {
		return a.Name, strings.TrimSpace(a.RegionalBenefit) != ""
	})
}

func indirectBenefits(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.ActionAreas, func(a planmodel.ActionArea) (string, bool) {
		for _, b := range a.Benefits {
			if b == planmodel.BenefitIndirect {
				return a.Name, true
			}
		}
		return "", false
	})
}

// strengthsMap finds a strength recorded for every municipality.
func strengthsMap(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	named := map[planmodel.MunicipalityID]bool{}
	for _, s := range p.Strengths {
		for _, m := range s.Municipalities {
			named[m] = true
		}
	}
	every := true
	for _, m := range p.Municipalities {
		every = every && named[m.ID]
	}
	return all(len(p.Municipalities), every && len(p.Strengths) > 0)
}

func focusGroups(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.FocusGroups, func(g planmodel.FocusGroup) (string, bool) { return g.Name, true })
}

// facilitators finds every workshop with its facilitator named, and names them.
func facilitators(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for _, w := range p.Workshops {
		if strings.TrimSpace(w.Facilitator) == "" {
			return evidence{}, false
		}
		if !slices.Contains(names, w.Facilitator) {
			names = append(names, w.Facilitator)
		}
	}
	return found(names)
}

func workshopMethods(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Workshops, func(w planmodel.Workshop) (string, bool) {
		swot := false
		for _, q := range w.SWOT.Quadrants() {
			swot = swot || len(*q) > 0
		}
		return w.Title, swot || strings.TrimSpace(w.Method) != ""
	})
}

// workshopsFollowedUp finds workshops with their follow-up recorded, when
// none held long enough ago lacks one (the signal SignalWorkshopNoFollowUp).
func workshopsFollowedUp(p *planmodel.Plan, now time.Time) (evidence, bool) {
	if len(withoutFollowUp(p, now)) > 0 {
		return evidence{}, false
	}
	return where(p.Workshops, func(w planmodel.Workshop) (string, bool) { return w.Title, strings.TrimSpace(w.FollowUp) != "" })
}

// workshopsWith returns the rule that finds the workshops with any of the
// given groups among their participants.
func workshopsWith(groups ...planmodel.Participant) rule {
	return func(p *planmodel.Plan, _ time.Time) (evidence, bool) {
		return where(p.Workshops, func(w planmodel.Workshop) (string, bool) {
			return w.Title, slices.ContainsFunc(w.Participants, func(x planmodel.Participant) bool { return slices.Contains(groups, x) })
		})
	}
}

// decisionPaths finds decisions whose case path names a body for every
// municipality of the plan.
func decisionPaths(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Decisions, func(d planmodel.Decision) (string, bool) {
		mapped := len(p.Municipalities) > 0
		for _, m := range p.Municipalities {
			c := d.Path(m.ID)
			mapped = mapped && c != nil && len(c.Steps) > 0 && c.Steps[0].Body != ""
		}
		return d.Title(p.DocumentStandard()), mapped
	})
}

// sharedDecisionTexts finds decisions with a proposed decision written,
// which every council gets in the same words.
func sharedDecisionTexts(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Decisions, func(d planmodel.Decision) (string, bool) {
		return d.Title(p.DocumentStandard()), slices.ContainsFunc(slices.Collect(maps.Values(d.Texts)), func(t planmodel.DecisionText) bool { return len(t.Points) > 0 })
	})
}

// subGoalYears finds sub-goals that all have their first and last year,
// when there are any.
func subGoalYears(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for _, g := range p.Goals {
		for _, s := range g.SubGoals {
			if s.FirstYear == 0 || s.LastYear == 0 {
				return evidence{}, false
			}
			names = append(names, s.Title)
		}
	}
	return found(names)
}

func subGoalsReanchored(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for _, g := range p.Goals {
		for _, s := range g.SubGoals {
			if s.Reanchor {
				names = append(names, s.Title)
			}
		}
	}
	return found(names)
}

// reanchored finds the elections after which every municipality has
// taken every re-anchoring step.
func reanchored(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var years []string
	for i := range p.Reanchorings {
		r := &p.Reanchorings[i]
		every := len(p.Municipalities) > 0
		for _, m := range p.Municipalities {
			every = every && r.Anchored(m.ID)
		}
		if every {
			years = append(years, fmt.Sprint(r.Election))
		}
	}
	return found(years)
}

// wholePeriodFinanced finds costs and funding for every year of the period.
func wholePeriodFinanced(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	b := p.Budget()
	for i := range b.Years {
		if b.Costs[i] == 0 || b.Funding[i] == 0 {
			return evidence{}, false
		}
	}
	return found(nonEmpty(fmt.Sprintf("%d–%d", p.FirstYear, p.LastYear)))
}

// commonMeasuresLed finds every common measure, stopped ones aside, with
// one of the plan's municipalities responsible for it.
func commonMeasuresLed(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	n := 0
	for _, r := range p.Responsibilities() {
		n += len(r.Leads)
	}
	common := 0
	for _, m := range p.Measures {
		if m.Scope == planmodel.ScopeCommon && m.Status != planmodel.MeasureStopped {
			common++
		}
	}
	return all(common, n == common)
}

func everyoneLeads(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	rs := p.Responsibilities()
	every := len(rs) > 0
	for _, r := range rs {
		every = every && len(r.Leads) > 0
	}
	return all(len(rs), every)
}

func accountsKept(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var years []string
	for _, y := range p.AccountYears() {
		years = append(years, fmt.Sprint(y))
	}
	return found(years)
}

func hoursRecorded(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	var names []string
	for _, m := range p.Municipalities {
		if p.Resources.Hours[m.ID].Sum(p.FirstYear, p.LastYear) > 0 {
			names = append(names, m.Name)
		}
	}
	return found(names)
}

func mediaPreparedness(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return found(nonEmpty(firstLine(p.MediaPreparedness)))
}

// stakeholderAnalysis finds stakeholders placed by power and interest.
func stakeholderAnalysis(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Stakeholders, func(s planmodel.Stakeholder) (string, bool) { return s.Name, s.Power > 0 && s.Interest > 0 })
}

func ambassadors(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Stakeholders, func(s planmodel.Stakeholder) (string, bool) { return s.Name, s.Ambassador })
}

// reportedLately finds communication activities done in the last QuietDays.
func reportedLately(p *planmodel.Plan, now time.Time) (evidence, bool) {
	since := now.Add(-QuietDays * day).Truncate(day)
	return where(p.Activities, func(a planmodel.Activity) (string, bool) {
		d, err := planmodel.ParseDate(a.Date)
		return a.Title, err == nil && a.Done && !d.Before(since) && !d.After(now)
	})
}

func pressReleases(p *planmodel.Plan, _ time.Time) (evidence, bool) {
	return where(p.Activities, func(a planmodel.Activity) (string, bool) {
		return a.Title, a.Done && a.Channel == planmodel.ChannelPressRelease
	})
}

// nonEmpty is the list of s, or no list when s is blank.
func nonEmpty(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{s}
}

// firstLine is the first line of s, cut at 60 characters.
func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return s
}
