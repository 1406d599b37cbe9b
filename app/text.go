package app

import (
	"errors"
	"regionplan/planmodel"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// section is a titled block of a screen on a softly shaded background.
func section(title, subtitle string, content fyne.CanvasObject) fyne.CanvasObject {
	var parts []fyne.CanvasObject
	if title != "" {
		head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.SizeName = theme.SizeNameSubHeadingText
		parts = append(parts, head)
	}
	if subtitle != "" {
		parts = append(parts, wrapped(subtitle))
	}
	parts = append(parts, content)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(container.NewVBox(parts...)))
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// is the bold title of a part of a stage tool.
// joinParts joins the non-empty parts of a row's detail with middle dots.
func joinParts(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " ")); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " · ")
}

// fileName makes a plan name safe to use as a file name.
func fileName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	if name == "" {
		return "plan"
	}
	if r := []rune(name); len(r) > 80 {
		name = string(r[:80])
	}
	return name
}

// messageText turns an error that is not the store's into a sentence for the
// user in the interface language: a validation problem's own text, or what
// went wrong.
func messageText(err error) string {
	var ps planmodel.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		return problemText(ps[0])
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// problemText translates one validation problem. Numbers of five digits or
// more are grouped the Norwegian way; years and small counts stay as they are.
func problemText(p planmodel.Problem) string {
	args := make(map[string]any, len(p.Args))
	for k, v := range p.Args {
		if n, ok := v.(int); ok && (n >= 10000 || n <= -10000) {
			v = planmodel.FormatInt(int64(n))
		}
		args[k] = v
	}
	return lang.L(p.Message, args)
}

// translated is err with its message in the interface language, for Fyne's
// field validation which shows the error's text.
func translated(err error) error { return messageError(messageText(err)) }

type messageError string

func (m messageError) Error() string { return string(m) }
