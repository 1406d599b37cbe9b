package widgets

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG 2's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG 2's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// Hint text (low-importance labels use the disabled colour, form hints the
// placeholder's) must be readable on the window's background (4.5:1), and a
// placeholder inside a field nearly so (4:1) while paler than the value
// typed there.
func TestHintTextIsReadable(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		th := NewTheme(mode)
		col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		for _, hint := range []fyne.ThemeColorName{theme.ColorNameDisabled, theme.ColorNamePlaceHolder} {
			if c := contrast(col(hint), col(theme.ColorNameBackground)); c < 4.5 {
				t.Errorf("%s: %s on the window has contrast %.2f:1, want at least 4.5:1", mode, hint, c)
			}
		}
		field, placeholder := col(theme.ColorNameInputBackground), col(theme.ColorNamePlaceHolder)
		if c := contrast(placeholder, field); c < 4 {
			t.Errorf("%s: a placeholder in a field has contrast %.2f:1, want at least 4:1", mode, c)
		}
		if c, v := contrast(placeholder, field), contrast(col(theme.ColorNameForeground), field); c >= v/1.3 {
			t.Errorf("%s: a placeholder (%.2f:1) is hardly paler than a value (%.2f:1)", mode, c, v)
		}
	}
}

// TestNoEmojiFontIsBundled keeps the build tag that leaves Fyne's 4 MB emoji
// font out (docs/decisions.md): emoji come from the system's fonts.
func TestNoEmojiFontIsBundled(t *testing.T) {
	if theme.DefaultEmojiFont() != nil {
		t.Error("Fyne's emoji font is built in; build with the Makefile's TAGS (no_emoji)")
	}
}
