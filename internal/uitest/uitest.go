// Package uitest holds what the window's tests share: walking a tree of
// Fyne objects on the test driver and finding labels, buttons and dialogs in it.
package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Walk calls fn for o and every object inside it, containers and widgets alike.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			Walk(child, fn)
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, child := range test.WidgetRenderer(w).Objects() {
			Walk(child, fn)
		}
	}
}

// FindAll returns every object of type W inside o, in order.
func FindAll[W fyne.CanvasObject](o fyne.CanvasObject) []W {
	var out []W
	Walk(o, func(o fyne.CanvasObject) {
		if w, ok := o.(W); ok {
			out = append(out, w)
		}
	})
	return out
}

// TopDialog returns the window's topmost overlay, failing the test when there is none.
func TopDialog(t testing.TB, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	return top
}

// TapButton taps the button with the given text in the window's topmost dialog.
func TapButton(t testing.TB, w fyne.Window, text string) {
	t.Helper()
	test.Tap(FindButton(t, TopDialog(t, w), text))
}

// FindButton returns the first button with the given text inside o.
func FindButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, b := range FindAll[*widget.Button](o) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// RichText joins the text of every label inside o, a line each.
func RichText(o fyne.CanvasObject) string { return strings.Join(Texts(o), "\n") }

// Texts returns the text of every label inside o.
func Texts(o fyne.CanvasObject) []string {
	var out []string
	for _, l := range FindAll[*widget.Label](o) {
		out = append(out, l.Text)
	}
	return out
}

// ContainsText reports whether any of list contains want.
func ContainsText(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// ContainsCanvasText reports whether a canvas text inside o, as charts draw them, contains want.
func ContainsCanvasText(o fyne.CanvasObject, want string) bool {
	for _, t := range FindAll[*canvas.Text](o) {
		if strings.Contains(t.Text, want) {
			return true
		}
	}
	return false
}

// TypeKeys types text into whatever has the keyboard in c, a rune at a
// time, so that a widget may hand the keyboard on as it types.
func TypeKeys(c fyne.Canvas, text string) {
	for _, r := range text {
		c.Focused().TypedRune(r)
	}
}

// PressKey presses the named key on whatever has the keyboard in c.
func PressKey(c fyne.Canvas, name fyne.KeyName) {
	c.Focused().TypedKey(&fyne.KeyEvent{Name: name})
}

// Scroll turns the mouse wheel at the absolute position at inside root as
// the desktop driver does: the last drawn scrollable object there takes
// it, told where the mouse is on it (Fyne's test.Scroll leaves that out).
func Scroll(root fyne.CanvasObject, at fyne.Position, dx, dy float32) {
	d := fyne.CurrentApp().Driver()
	var target fyne.Scrollable
	var on fyne.Position
	Walk(root, func(o fyne.CanvasObject) {
		s, ok := o.(fyne.Scrollable)
		if !ok || !o.Visible() {
			return
		}
		p, size := d.AbsolutePositionForObject(o), o.Size()
		if at.X >= p.X && at.Y >= p.Y && at.X < p.X+size.Width && at.Y < p.Y+size.Height {
			target, on = s, at.Subtract(p)
		}
	})
	if target != nil {
		target.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: on, AbsolutePosition: at}, Scrolled: fyne.Delta{DX: dx, DY: dy}})
	}
}
