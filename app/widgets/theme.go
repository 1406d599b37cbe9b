package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// regionTheme is Fyne's default theme in the colours of the icon: a deep
// fjord blue for primary elements and a warm amber for progress.
type regionTheme struct{ fyne.Theme }

// NewTheme is Regionplan's theme: Fyne's default with the app's own colours.
func NewTheme() fyne.Theme { return regionTheme{theme.DefaultTheme()} }

var (
	fjord     = color.NRGBA{0x1d, 0x4e, 0x6b, 0xff}
	fjordDark = color.NRGBA{0x2e, 0x7b, 0xab, 0xff} // lighter, for dark backgrounds; white text keeps 4.6:1
	amber     = color.NRGBA{0xd9, 0x82, 0x1e, 0xff}
)

func (t regionTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := v == theme.VariantDark
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink, theme.ColorNameFocus:
		if n == theme.ColorNameFocus {
			return color.NRGBA{0x1d, 0x4e, 0x6b, 0x60}
		}
		if dark {
			return fjordDark
		}
		return fjord
	case theme.ColorNameWarning:
		return amber
	}
	return t.Theme.Color(n, v)
}
