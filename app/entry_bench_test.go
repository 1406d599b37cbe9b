package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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
