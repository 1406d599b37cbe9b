package planmodel

import (
	"testing"
	"time"
)

// The nynorsk text written a few seconds after the bokmål one does not make
// the bokmål text "older"; a nynorsk text changed the next day does.
func TestOlderTextNeedsARealGap(t *testing.T) {
	p := New("x", now)
	p.Municipalities = []Municipality{{Name: "Gol", Standard: Nynorsk}, {Name: "Flå", Standard: Bokmal}}
	d := p.NewDecision(DecisionAdopt)
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	d.Texts[Bokmal] = DecisionText{Title: "Vedtak", Changed: at}
	d.Texts[Nynorsk] = DecisionText{Title: "Vedtak", Changed: at.Add(40 * time.Second)}
	older := func() bool {
		for _, w := range p.textWarnings(&d) {
			if w.Kind == WarnOlderText {
				return true
			}
		}
		return false
	}
	if older() {
		t.Errorf("a text written 40 seconds before the other is called older")
	}
	d.Texts[Nynorsk] = DecisionText{Title: "Vedtak, endra", Changed: at.Add(24 * time.Hour)}
	if !older() {
		t.Errorf("a text changed a day after the other does not make it older")
	}
}
