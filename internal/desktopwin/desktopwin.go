// Package desktopwin reaches the GLFW window behind a Fyne desktop window
// for what Fyne 2.7 does not offer: acting on Escape while a text field has
// the focus, the size of the screen, and the window's position. Fyne 2.7's
// Window has no position API at all (only CenterOnScreen), no screen size,
// and hands every key to the focused widget, so an Entry swallows Escape.
// Everything here is a no-op on a window that is not a GLFW window, such as
// the test driver's.
package desktopwin

import (
	"reflect"
	"unsafe"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// InterceptEscape makes Escape pressed without modifiers in win call handle
// after Fyne has had the key, unless Fyne's own handling closed a pop-up
// (such as an open drop-down) or moved the focus (a widget acted on it). Call it on the main goroutine after win is
// shown; it reports whether win is a GLFW window.
func InterceptEscape(win fyne.Window, handle func() bool) bool {
	vp := viewport(win)
	if vp == nil {
		return false
	}
	var prev glfw.KeyCallback
	prev = vp.SetKeyCallback(func(w *glfw.Window, key glfw.Key, scancode int, action glfw.Action, mods glfw.ModifierKey) {
		escape := key == glfw.KeyEscape && action == glfw.Press && mods == 0
		left := leftAlone(win.Canvas(), func() {
			if prev != nil {
				prev(w, key, scancode, action, mods)
			}
		})
		if escape && left {
			handle()
		}
	})
	return true
}

// leftAlone hands a key to Fyne through pass and reports whether Fyne's
// handling left c as it was: the same pop-up on top and the same object
// focused. A widget that acts on Escape itself, such as a grid's editor
// cancelling an edit, moves the focus, and then Escape has been handled.
func leftAlone(c fyne.Canvas, pass func()) bool {
	top, focused := c.Overlays().Top(), c.Focused()
	pass()
	return c.Overlays().Top() == top && c.Focused() == focused
}

// FitScreen shrinks win, once shown, to the work area of the screen it is on
// (the screen less its panels and the window's frame) when it is larger, and
// moves it into that area when part of it lies outside. It returns the
// window's size.
func FitScreen(win fyne.Window) fyne.Size {
	size := win.Canvas().Size()
	vp := viewport(win)
	if vp == nil {
		return size
	}
	x, y, w, h, ok := workArea(vp)
	if !ok {
		return size
	}
	l, t, r, b := vp.GetFrameSize()
	scale := win.Canvas().Scale()
	most := fyne.NewSize(float32(w-l-r)/scale, float32(h-t-b)/scale)
	if size.Width > most.Width || size.Height > most.Height {
		size = fyne.NewSize(min(size.Width, most.Width), min(size.Height, most.Height))
		win.Resize(size)
	}
	var wx, wy int
	if !safely(func() { wx, wy = vp.GetPos() }) {
		return size
	}
	right, bottom := x+w-r-int(size.Width*scale), y+h-b-int(size.Height*scale)
	if nx, ny := max(min(wx, right), x+l), max(min(wy, bottom), y+t); nx != wx || ny != wy {
		safely(func() { vp.SetPos(nx, ny) })
	}
	return size
}

// Position returns the window's position on the desktop, in screen pixels,
// and false when it cannot be known (not a GLFW window, or Wayland).
func Position(win fyne.Window) (x, y int, ok bool) {
	vp := viewport(win)
	if vp == nil {
		return 0, 0, false
	}
	ok = safely(func() { x, y = vp.GetPos() })
	return x, y, ok
}

// MoveTo puts the window at x, y on the desktop when that point lies on a
// screen's work area, so that a position kept from a screen no longer
// attached does not put the window out of sight. It reports whether it moved.
func MoveTo(win fyne.Window, x, y int) bool {
	vp := viewport(win)
	if vp == nil {
		return false
	}
	for _, m := range glfw.GetMonitors() {
		mx, my, mw, mh := m.GetWorkarea()
		if x >= mx && y >= my && x < mx+mw-100 && y < my+mh-100 {
			return safely(func() { vp.SetPos(x, y) })
		}
	}
	return false
}

// safely runs f, a GLFW call, reporting false when GLFW panics on an error,
// as it does for positions on a platform without them (Wayland).
func safely(f func()) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	f()
	return true
}

// workArea is the work area of the screen that holds most of the window's
// top-left corner, or of the primary screen.
func workArea(vp *glfw.Window) (x, y, w, h int, ok bool) {
	var wx, wy int
	safely(func() { wx, wy = vp.GetPos() })
	for _, m := range glfw.GetMonitors() {
		x, y, w, h = m.GetWorkarea()
		if wx >= x && wy >= y && wx < x+w && wy < y+h {
			return x, y, w, h, true
		}
	}
	if m := glfw.GetPrimaryMonitor(); m != nil {
		x, y, w, h = m.GetWorkarea()
		return x, y, w, h, w > 0 && h > 0
	}
	return 0, 0, 0, 0, false
}

// viewport is the GLFW window behind a Fyne desktop window, read from the
// driver's unexported field (Fyne 2.7 does not expose it), or nil.
func viewport(win fyne.Window) *glfw.Window {
	v := reflect.ValueOf(win)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("viewport")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*glfw.Window]() {
		return nil
	}
	return *(**glfw.Window)(unsafe.Pointer(f.UnsafeAddr()))
}
