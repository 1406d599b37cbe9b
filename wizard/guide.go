// Package wizard holds the guide as data — the eight stages with their
// guidance, checklists and warning signals, in each language — and the flow
// over a plan: progress per stage and overall, and the suggested next step.
package wizard

import (
	"fmt"
)

// StageID is the stable id of one of the guide's stages, the same in every language.
type StageID string

// The eight stages, in the guide's order.
const (
	StageExpectations    StageID = "expectations"
	StageTrust           StageID = "trust"
	StageKnowledge       StageID = "knowledge"
	StageParticipation   StageID = "participation"
	StageStructure       StageID = "structure"
	StagePoliticalShifts StageID = "political-shifts"
	StageResources       StageID = "resources"
	StageCommunication   StageID = "communication"
)

// StageIDs are the stable ids of the eight stages, in the guide's order.
var StageIDs = []StageID{
	StageExpectations, StageTrust, StageKnowledge, StageParticipation,
	StageStructure, StagePoliticalShifts, StageResources, StageCommunication,
}

// DefaultLanguage is the language used when a guide in the asked one is missing.
const DefaultLanguage = "nb"

// Guide is the guide in one language.
type Guide struct {
	Language string   `json:"language"`
	Stages   []Stage  `json:"stages"`
	Signals  []Signal `json:"signals"`
}

// Stage is one of the eight stages of the guide.
type Stage struct {
	ID       StageID  `json:"id"`
	Title    string   `json:"title"`
	Purpose  string   `json:"purpose"`
	Guidance []string `json:"guidance"`
	Items    []Item   `json:"items"`
}

// Item is one checklist item of a stage. Its ID is stable across languages
// and versions, since plans record their ticks under it.
type Item struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Help   string `json:"help"`
	Source string `json:"source"` // guide, or the case document it comes from
	// Evidence is the line that names what in a plan fulfils the item, for
	// the items the plan's data can evidence, with {{.Count}} and {{.Names}}.
	Evidence string `json:"evidence,omitempty"`
}

// Signal is a warning sign the guide and the cases tell a leader to watch for.
type Signal struct {
	ID     string  `json:"id"`
	Stage  StageID `json:"stage"`
	Title  string  `json:"title"`
	Text   string  `json:"text"`
	Source string  `json:"source"`
}

var guides = newTextCache[Guide]("guide")

// Load returns the guide in the given language ("nb", "nn" or "en"), or in
// bokmål when there is no guide in that language. Guides are parsed once and
// shared; callers must not change them.
func Load(lang string) (*Guide, error) { return guides.load(lang) }

// MustLoad is Load for the embedded guides, which the tests prove sound.
func MustLoad(lang string) *Guide {
	g, err := Load(lang)
	if err != nil {
		panic(err)
	}
	return g
}

// check refuses a stage that is not the one with the given id, lacks its
// texts or checklist, or has an item whose ID is empty or already in seen.
func (s *Stage) check(id StageID, seen map[string]bool) error {
	if s.ID != id {
		return fmt.Errorf("stage %q is where %q belongs", s.ID, id)
	}
	if s.Title == "" || s.Purpose == "" || len(s.Guidance) == 0 {
		return fmt.Errorf("stage %q lacks a title, purpose or guidance", s.ID)
	}
	if len(s.Items) < 3 {
		return fmt.Errorf("stage %q has %d checklist items, want at least 3", s.ID, len(s.Items))
	}
	for _, it := range s.Items {
		if it.ID == "" || it.Text == "" || seen[it.ID] {
			return fmt.Errorf("stage %q: item %q is empty or repeated", s.ID, it.ID)
		}
		if (rules[it.ID] != nil) != (it.Evidence != "") {
			return fmt.Errorf("stage %q: item %q has evidence without a rule, or a rule without evidence", s.ID, it.ID)
		}
		seen[it.ID] = true
	}
	return nil
}

// check refuses a guide that does not have the eight stages in order, each
// sound, and warning signals each with an ID of its own and a stage.
func (g *Guide) check() error {
	if len(g.Stages) != len(StageIDs) {
		return fmt.Errorf("%d stages, want %d", len(g.Stages), len(StageIDs))
	}
	seen := map[string]bool{}
	for i := range g.Stages {
		if err := g.Stages[i].check(StageIDs[i], seen); err != nil {
			return err
		}
	}
	for _, sig := range g.Signals {
		if g.StageIndex(sig.Stage) < 0 || sig.ID == "" || seen[sig.ID] {
			return fmt.Errorf("warning signal %q is empty, repeated or names no stage", sig.ID)
		}
		seen[sig.ID] = true
	}
	return nil
}

// StageIndex returns the index of the stage with the given id, or -1.
func (g *Guide) StageIndex(id StageID) int {
	for i, s := range g.Stages {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// SignalsFor returns the warning signals that belong to the given stage.
func (g *Guide) SignalsFor(stageID StageID) []Signal {
	var out []Signal
	for _, s := range g.Signals {
		if s.Stage == stageID {
			out = append(out, s)
		}
	}
	return out
}
