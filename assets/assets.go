// Package assets holds the resources embedded in the program: the guide's
// texts, the trust self-assessment, the interface translations, the icon and
// the municipality register.
package assets

import (
	"embed"
	_ "embed"
)

// Texts holds the texts the wizard shows, one JSON file per language
// (nb.json, nn.json, en.json) in each folder: "guide" for the stages,
// checklists and warning signals, "trust" for the trust self-assessment's
// factors and statements.
//
//go:embed guide/*.json trust/*.json
var Texts embed.FS

// Translations holds the interface translations in go-i18n JSON, for Fyne's
// lang package: our own strings and Fyne's, one file each per language.
//
//go:embed translations/*.json
var Translations embed.FS

// Icon is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte

// Fonts holds Noto Sans (regular, bold, italic) for the PDF documents, with
// its licence, OFL.txt.
//
//go:embed fonts/*.ttf fonts/OFL.txt
var Fonts embed.FS

// SRGB is the International Color Consortium's sRGB profile (sRGB2014.icc,
// ICC version 2), the output intent of the PDF/A documents. Its licence,
// icc/LICENSE.txt, allows embedding it unchanged.
//
//go:embed icc/sRGB2014.icc
var SRGB []byte

// Documents holds the fixed words of the council papers and other
// documents, one JSON object of key → text per written standard (nb.json,
// nn.json); {name} marks a value filled in.
//
//go:embed documents/*.json
var Documents embed.FS

// Register is Norway's municipality register from 1 January 2024
// (register/kommuner.csv: number, name, county, language decision,
// population); register/README.md gives its sources and licences.
//
//go:embed register/kommuner.csv register/README.md
var Register embed.FS
