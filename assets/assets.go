// Package assets holds the resources embedded in the program: the guide's
// texts, the trust self-assessment, the interface translations and the icon.
package assets

import (
	"embed"
	_ "embed"
)

// Guide holds the guide's stages, checklists and warning signals, one JSON
// file per language in the folder "guide" (nb.json, nn.json, en.json).
//
//go:embed guide/*.json
var Guide embed.FS

// Translations holds the interface translations in go-i18n JSON, for Fyne's
// lang package: our own strings and Fyne's, one file each per language.
//
//go:embed translations/*.json
var Translations embed.FS

// Trust holds the texts of the trust self-assessment: the five factors'
// titles and the statements under their stable IDs, one JSON file per
// language in the folder "trust".
//
//go:embed trust/*.json
var Trust embed.FS

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// Fonts holds Noto Sans (regular, bold, italic) for the PDF documents, with
// its licence, OFL.txt.
//
//go:embed fonts/*.ttf fonts/OFL.txt
var Fonts embed.FS
