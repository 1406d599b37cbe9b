// Package widgets holds what any of the window's screens may use: the record
// list and form dialog, fields, figures and charts, the timeline, the theme,
// the translations and text helpers. It knows no screen and no storage.
package widgets

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/planmodel"
)

// Section is a titled block of a screen on a softly shaded background.
func Section(title, subtitle string, content fyne.CanvasObject) fyne.CanvasObject {
	var parts []fyne.CanvasObject
	if title != "" {
		head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.SizeName = theme.SizeNameSubHeadingText
		parts = append(parts, head)
	}
	if subtitle != "" {
		parts = append(parts, Wrapped(subtitle))
	}
	parts = append(parts, content)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(container.NewVBox(parts...)))
}

// Wrapped is a label whose text wraps at word boundaries.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// OrDash is s, or a dash when s is empty.
func OrDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// JoinParts joins the non-empty parts of a row's detail with middle dots.
func JoinParts(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " ")); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " · ")
}

// MessageText turns an error that is not the store's into a sentence for the
// user in the interface language: a validation problem's own text, or what
// went wrong.
func MessageText(err error) string {
	var ps planmodel.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		return ProblemText(ps[0])
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// ProblemText translates one validation problem. Numbers of five digits or
// more are grouped the Norwegian way; years and small counts stay as they are.
func ProblemText(p planmodel.Problem) string {
	args := make(map[string]any, len(p.Args))
	for k, v := range p.Args {
		if n, ok := v.(int); ok && (n >= 10000 || n <= -10000) {
			v = planmodel.FormatInt(int64(n))
		}
		args[k] = v
	}
	return lang.L(p.Message, args)
}

// ProblemLines writes problems or notes one a line in the interface
// language, each after its place when it has one.
func ProblemLines(ps planmodel.Problems) []string {
	out := make([]string, len(ps))
	for i, q := range ps {
		out[i] = strings.TrimPrefix(q.Field+": "+ProblemText(q), ": ")
	}
	return out
}

// Translated is err with its message in the interface language, for Fyne's
// field validation which shows the error's text.
func Translated(err error) error { return MessageError(MessageText(err)) }

// MessageError is an error whose text is already a sentence for the user.
type MessageError string

// Error is the sentence.
func (m MessageError) Error() string { return string(m) }

// Municipalities says "1 municipality" or "n municipalities" in the
// interface language.
func Municipalities(n int) string {
	if n == 1 {
		return lang.L("1 municipality")
	}
	return lang.L("{{.Count}} municipalities", map[string]any{"Count": n})
}
