package wizard

import (
	"strings"
	"testing"
	"time"

	"regionplan/assets"
	"regionplan/planmodel"
)

func TestEmbeddedGuidesAreComplete(t *testing.T) {
	files, err := assets.Texts.ReadDir("guide")
	if err != nil || len(files) == 0 {
		t.Fatalf("no guides embedded: %v", err)
	}
	base := MustLoad(DefaultLanguage)
	for _, f := range files {
		lang := strings.TrimSuffix(f.Name(), ".json")
		g, err := Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if g.Language != lang {
			t.Errorf("%s: says it is %q", f.Name(), g.Language)
		}
		for i, s := range g.Stages {
			if len(s.Items) != len(base.Stages[i].Items) {
				t.Errorf("%s: stage %s has %d items, bokmål has %d", lang, s.ID, len(s.Items), len(base.Stages[i].Items))
				continue
			}
			for j, it := range s.Items {
				if it.ID != base.Stages[i].Items[j].ID {
					t.Errorf("%s: item %s where bokmål has %s", lang, it.ID, base.Stages[i].Items[j].ID)
				}
			}
		}
	}
}

func TestBokmalGuide(t *testing.T) {
	g := MustLoad("nb")
	for _, s := range g.Stages {
		if len(s.Items) < 3 {
			t.Errorf("stage %s: %d items", s.ID, len(s.Items))
		}
		for _, it := range s.Items {
			if !strings.HasPrefix(it.ID, string(s.ID)+".") {
				t.Errorf("item %s is not named after its stage %s", it.ID, s.ID)
			}
		}
	}
	if len(g.Signals) < 5 {
		t.Errorf("only %d warning signals", len(g.Signals))
	}
	if g.Stages[0].Title != "Forventninger" || g.Stages[5].Title != "Gjennomføring og politiske skifter" {
		t.Errorf("titles: %q, %q", g.Stages[0].Title, g.Stages[5].Title)
	}
	if len(g.SignalsFor("trust")) == 0 {
		t.Error("no warning signals for the trust stage")
	}
}

func TestUnknownLanguageFallsBack(t *testing.T) {
	g, err := Load("se")
	if err != nil || g.Language != "nb" {
		t.Fatalf("Load(se) = %v, %v; want the bokmål guide", g, err)
	}
}

func TestProgressAndNext(t *testing.T) {
	g := MustLoad("nb")
	now := time.Now()
	p := planmodel.New("test", now)
	total := 0
	for _, s := range g.Stages {
		total += len(s.Items)
	}
	if pr := g.Progress(p); pr.Total != total || pr.Resolved() != 0 || pr.Percent() != 0 {
		t.Fatalf("empty plan: %+v", pr)
	}
	if i, it := g.Next(p); i != 0 || it.ID != g.Stages[0].Items[0].ID {
		t.Fatalf("Next on an empty plan = %d, %v", i, it)
	}
	first := g.Stages[0]
	for k, it := range first.Items {
		st := planmodel.Done
		if k == 0 {
			st = planmodel.NotRelevant
		}
		p.SetItem(it.ID, st, "", now)
	}
	pr := first.Progress(p)
	if !pr.Complete() || pr.NotRelevant != 1 || pr.Done != len(first.Items)-1 {
		t.Errorf("first stage: %+v", pr)
	}
	if i, it := g.Next(p); i != 1 || it.ID != g.Stages[1].Items[0].ID {
		t.Errorf("Next after the first stage = %d, %v", i, it)
	}
	if got, want := g.Progress(p).Percent(), 100*len(first.Items)/total; got != want {
		t.Errorf("overall percent %d, want %d", got, want)
	}
	for _, s := range g.Stages {
		for _, it := range s.Items {
			p.SetItem(it.ID, planmodel.Done, "", now)
		}
	}
	if i, it := g.Next(p); i != -1 || it != nil || g.Progress(p).Percent() != 100 {
		t.Errorf("all done: Next = %d, %v", i, it)
	}
}

// Neste steg follows the work: the first open item of the stage shown, and
// the guide's first open item once that stage is done.
func TestNextFollowsTheStageShown(t *testing.T) {
	g := MustLoad("nb")
	p := planmodel.New("x", time.Now())
	if i, it := g.NextFrom(p, 4); i != 4 || it == nil || it.ID != g.Stages[4].Items[0].ID {
		t.Errorf("in stage 5: next is stage %d", i+1)
	}
	for _, it := range g.Stages[4].Items {
		p.SetItem(it.ID, planmodel.Done, "", time.Now())
	}
	if i, _ := g.NextFrom(p, 4); i != 0 {
		t.Errorf("stage 5 done: next is stage %d, want the first open one, 1", i+1)
	}
	if i, _ := g.NextFrom(p, -1); i != 0 {
		t.Errorf("on the settings page: next is stage %d, want 1", i+1)
	}
}
