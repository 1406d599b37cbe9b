package stages

import (
	"testing"

	"regionplan/wizard"
)

// TestEveryStageOfTheGuideHasItsTool holds the table of stage tools against
// the guide: every stage has a tool, and every tool belongs to a stage.
func TestEveryStageOfTheGuideHasItsTool(t *testing.T) {
	for _, code := range []string{"nb", "nn", "en"} {
		g, err := wizard.Load(code)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[wizard.StageID]bool{}
		for _, s := range g.Stages {
			seen[s.ID] = true
			if tools[s.ID] == nil {
				t.Errorf("%s: stage %q has no tool", code, s.ID)
			}
		}
		for id := range tools {
			if !seen[id] {
				t.Errorf("%s: the tool for %q belongs to no stage of the guide", code, id)
			}
		}
	}
}
