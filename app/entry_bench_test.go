package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
)

// longText is n characters of Norwegian prose in paragraphs, as a long
// decision text or note may hold.
func longText(n int) string {
	const para = "Kommunane i regionen har saman arbeidd fram eit felles grunnlag for næringsutvikling, med kunnskapsgrunnlag, fokusgrupper og verkstader i alle kommunane. "
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(para)
		if i%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	return string([]rune(b.String())[:n])
}

func benchTyping(b *testing.B, e *widget.Entry) {
	test.NewTempApp(b)
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(700, 400))
	e.SetText(longText(10_000))
	w.Canvas().Focus(e)
	e.CursorRow = 0
	for b.Loop() {
		e.TypedRune('x')
	}
}

func BenchmarkKeystrokeWrapped(b *testing.B) {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	benchTyping(b, e)
}

func BenchmarkKeystrokeMultiLineNoWrap(b *testing.B) {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapOff
	benchTyping(b, e)
}

func BenchmarkKeystrokeSingleLine(b *testing.B) {
	benchTyping(b, widget.NewEntry())
}

// BenchmarkKeystrokeParagraphs types into the middle paragraph of the same
// 10 000 characters held by the paragraph editor, on a page that scrolls.
func BenchmarkKeystrokeParagraphs(b *testing.B) {
	test.NewTempApp(b)
	p := widgets.NewParagraphs(longText(10_000))
	w := test.NewWindow(container.NewVScroll(p))
	defer w.Close()
	w.Resize(fyne.NewSize(700, 400))
	_, n := p.Paragraph(0)
	p.Edit(n / 2)
	typed := w.Canvas().Focused()
	if typed == nil {
		b.Fatal("the paragraph editor did not take the keyboard")
	}
	for b.Loop() {
		typed.TypedRune('x')
	}
}
