package report

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"regionplan/planmodel"
)

var (
	glyphOnce sync.Once
	glyphs    []bool // for each rune of the Basic Multilingual Plane: the document font has it
)

// hasGlyph reports whether the document font can print r. The font's cmap
// is read once; runes above U+FFFF are never printable (the PDF library
// cannot set them).
func hasGlyph(r rune) bool {
	glyphOnce.Do(func() {
		faces, err := loadFonts()
		if err != nil {
			return
		}
		f := faces[""].font
		var buf sfnt.Buffer
		glyphs = make([]bool, 0x10000)
		for c := range glyphs {
			g, err := f.GlyphIndex(&buf, rune(c))
			glyphs[c] = err == nil && g != 0
		}
	})
	return r >= 0 && int(r) < len(glyphs) && glyphs[r]
}

// Missing returns the characters of s that the document font has no glyph
// for, once each in the order they come (line breaks, tabs and control
// characters, which documents leave out, are not counted).
func Missing(s string) []rune {
	var out []rune
	for _, r := range s {
		if r == '−' || unicode.IsControl(r) || strings.ContainsRune(string(out), r) {
			continue // the minus sign prints as an en dash (see clean)
		}
		if !hasGlyph(r) {
			out = append(out, r)
		}
	}
	return out
}

// Unprintable lists the plan's texts that reach its documents and hold a
// character the document font cannot print (an emoji, a character above
// U+FFFF, a script Noto Sans lacks), each with its field, so that the user
// can change them before export instead of finding a box or "?" on paper.
func Unprintable(p *planmodel.Plan) planmodel.Problems {
	var ps planmodel.Problems
	for _, t := range documentTexts(p) {
		if m := Missing(t[1]); len(m) > 0 {
			codes := make([]string, len(m))
			for i, r := range m {
				codes[i] = fmt.Sprintf("%c (U+%04X)", r, r)
			}
			ps = append(ps, planmodel.Problem{Field: t[0],
				Message: "The document font cannot print {{.Chars}}; change the text, or it shows as an empty box or a question mark.",
				Args:    map[string]any{"Chars": strings.Join(codes, ", ")}})
		}
	}
	return ps
}

// documentTexts lists the free texts of a plan that its documents print,
// each with its field.
func documentTexts(p *planmodel.Plan) [][2]string {
	out := [][2]string{{"name", p.Name}, {"region", p.Region}, {"leader", p.Leader}, {"contact", p.Contact}}
	add := func(field string, texts ...string) {
		for _, t := range texts {
			if t != "" {
				out = append(out, [2]string{field, t})
			}
		}
	}
	for i, m := range p.Municipalities {
		f := fmt.Sprintf("municipalities[%d].", i)
		add(f+"name", m.Name)
		add(f+"council", m.Council)
		add(f+"papers", m.Papers.ArchiveCode, m.Papers.Officer, m.Papers.OfficerTitle, m.Papers.Phone, m.Papers.Email, m.Papers.Head, m.Papers.Heading)
	}
	for i, d := range p.Decisions {
		for _, std := range []planmodel.Standard{planmodel.Bokmal, planmodel.Nynorsk} {
			t := d.Text(std)
			f := fmt.Sprintf("decisions[%d].texts.%s.", i, std)
			add(f+"title", t.Title)
			add(f+"summary", t.Summary)
			add(f+"background", t.Background)
			add(f+"assessment", t.Assessment)
			add(f+"points", t.Points...)
			add(f+"attachments", t.Attachments...)
		}
		for k, c := range d.Paths {
			f := fmt.Sprintf("decisions[%d].paths[%d].", i, k)
			add(f+"archiveRef", c.ArchiveRef)
			add(f+"caseOfficer", c.CaseOfficer)
			for _, s := range c.Steps {
				add(f+"steps", s.Body, s.CaseNumber)
			}
		}
	}
	for i, g := range p.Goals {
		add(fmt.Sprintf("goals[%d].title", i), g.Title)
		add(fmt.Sprintf("goals[%d].unit", i), g.Unit)
	}
	for i, m := range p.Measures {
		add(fmt.Sprintf("measures[%d].title", i), m.Title)
	}
	for i, c := range p.Resources.Costs {
		add(fmt.Sprintf("resources.costs[%d].title", i), c.Title)
	}
	for i, f := range p.Resources.Funding {
		add(fmt.Sprintf("resources.funding[%d].name", i), f.Name)
	}
	for i, a := range p.Activities {
		f := fmt.Sprintf("activities[%d].", i)
		add(f+"title", a.Title)
		add(f+"result", a.Result)
		add(f+"audience", a.Audience)
	}
	return out
}
