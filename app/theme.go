package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// regionTheme is Fyne's default theme in the colours of the icon: a deep
// fjord blue for primary elements and a warm amber for progress.
type regionTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return regionTheme{theme.DefaultTheme()} }

var (
	fjord      = color.NRGBA{0x1d, 0x4e, 0x6b, 0xff}
	fjordLight = color.NRGBA{0x6f, 0xa8, 0xc9, 0xff}
	amber      = color.NRGBA{0xd9, 0x82, 0x1e, 0xff}
)

func (t regionTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := v == theme.VariantDark
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameFocus:
		if n == theme.ColorNameFocus {
			return color.NRGBA{0x1d, 0x4e, 0x6b, 0x60}
		}
		if dark {
			return fjordLight
		}
		return fjord
	case theme.ColorNameWarning:
		return amber
	}
	return t.Theme.Color(n, v)
}
