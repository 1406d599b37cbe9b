package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// regionTheme is Fyne's default theme in the colours of the icon: a deep
// fjord blue for primary elements and a warm amber for progress.
type regionTheme struct {
	fyne.Theme
	mode ThemeMode
}

// ThemeMode says whether the window is light, dark, or as the system is.
type ThemeMode string

// The theme modes; light is the default, as on most municipal desktops.
const (
	ThemeLight  ThemeMode = "light"
	ThemeDark   ThemeMode = "dark"
	ThemeSystem ThemeMode = "system"
)

// ThemeModes lists the modes in the order the menu offers them.
var ThemeModes = []ThemeMode{ThemeLight, ThemeDark, ThemeSystem}

// NewTheme is Regionplan's theme in the given mode: Fyne's default with the
// app's own colours. An unknown mode is light.
func NewTheme(mode ThemeMode) fyne.Theme { return regionTheme{theme.DefaultTheme(), mode} }

var (
	fjord     = color.NRGBA{0x1d, 0x4e, 0x6b, 0xff}
	fjordDark = color.NRGBA{0x2e, 0x7b, 0xab, 0xff} // lighter, for dark backgrounds; white text keeps 4.6:1
	amber     = color.NRGBA{0xd9, 0x82, 0x1e, 0xff}
	// Hints must be read, not only seen. Low-importance labels take Fyne's
	// disabled colour, 1.3:1 on white (1.6:1 dark); form hints take the
	// placeholder colour, 3.5:1. hintLight gives 4.5:1 on the window (WCAG
	// AA) and 4.1:1 inside a field, where a placeholder must still look
	// paler than a value typed in; disabled buttons share it.
	hintLight = color.NRGBA{0x76, 0x76, 0x76, 0xff}
	hintDark  = color.NRGBA{0x94, 0x94, 0x94, 0xff}
)

func (t regionTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.mode {
	case ThemeSystem:
	case ThemeDark:
		v = theme.VariantDark
	default:
		v = theme.VariantLight
	}
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
	case theme.ColorNameDisabled:
		if dark {
			return hintDark
		}
		return hintLight
	case theme.ColorNamePlaceHolder:
		if !dark {
			return hintLight
		} // the dark placeholder is Fyne's, 7:1
	}
	return t.Theme.Color(n, v)
}
