package workbook

import (
	"strings"

	"regionplan/planmodel"
)

// The kinds of column a sheet can have. Input columns are read back; the
// others are computed and skipped on import.
const (
	colBudget    = "budget"
	colActual    = "actual"   // cost accounts
	colReceived  = "received" // funding received
	colDeviation = "deviation"
	colInvoiced  = "invoiced"
	colPaid      = "paid"
	colRemaining = "remaining"
	colHours     = "hours"
	colShare     = "share"
)

// words are the workbook's fixed words in bokmål and nynorsk. Reading
// accepts either, so a workbook keeps working when the plan changes standard.
var words = map[string][2]string{
	// sheets
	"sheet costs":    {"Kostnader", "Kostnader"},
	"sheet funding":  {"Finansiering", "Finansiering"},
	"sheet shares":   {"Andeler", "Delar"},
	"sheet payments": {"Innbetalinger", "Innbetalingar"},
	"sheet hours":    {"Timer", "Timar"},
	// first columns
	"cost":         {"Kostnad", "Kostnad"},
	"source":       {"Finansieringskilde", "Finansieringskjelde"},
	"municipality": {"Kommune", "Kommune"},
	"category":     {"Kategori", "Kategori"},
	"kind":         {"Type", "Type"},
	// year columns
	colBudget:    {"Budsjett", "Budsjett"},
	colActual:    {"Regnskap", "Rekneskap"},
	colReceived:  {"Mottatt", "Motteke"},
	colDeviation: {"Avvik", "Avvik"},
	colInvoiced:  {"Fakturert", "Fakturert"},
	colPaid:      {"Betalt", "Betalt"},
	colRemaining: {"Gjenstår", "Står att"},
	colHours:     {"Timer", "Timar"},
	colShare:     {"Andel", "Del"},
	"in all":     {"i alt", "i alt"},
	"sum":        {"Sum", "Sum"},
	// cost categories and kinds of funding
	"cost project-management": {"Prosjektledelse", "Prosjektleiing"},
	"cost analysis":           {"Analyse og FoU", "Analyse og FoU"},
	"cost workshops":          {"Samlinger", "Samlingar"},
	"cost communication":      {"Kommunikasjon", "Kommunikasjon"},
	"cost measures":           {"Tiltak", "Tiltak"},
	"fund joint-share":        {"Kommunenes andel", "Kommunane sin del"},
	"fund county":             {"Fylkeskommunen", "Fylkeskommunen"},
	"fund state-programme":    {"Statlig program", "Statleg program"},
	"fund business-partners":  {"Næringslivet", "Næringslivet"},
	"fund other":              {"Annet", "Anna"},
}

// word returns the word for key in the written standard std.
func word(std planmodel.Standard, key string) string {
	if std == planmodel.Nynorsk {
		return words[key][1]
	}
	return words[key][0]
}

// is reports whether s is the word for key in either standard, ignoring
// case and surrounding space.
func is(s, key string) bool {
	s = strings.TrimSpace(s)
	return strings.EqualFold(s, words[key][0]) || strings.EqualFold(s, words[key][1])
}

// lookup returns the key among keys whose word s is, in either standard.
func lookup(s string, keys []string) (string, bool) {
	for _, k := range keys {
		if is(s, k) {
			return k, true
		}
	}
	return "", false
}
