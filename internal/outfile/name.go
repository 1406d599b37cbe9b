// Package outfile makes the files an export writes: names that are valid on
// Windows and Linux, unique within one export, and written all or none.
package outfile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes is the length every name stays under, extension included; it
// leaves room for a folder path within Windows' 260-character limit and for
// file systems that count bytes.
const MaxBytes = 200

// forbidden are the characters Windows refuses in a name (and '/' Linux).
const forbidden = `<>:"/\|?*`

// reserved are Windows' device names, refused with any extension and in any
// case; the superscript digits count as digits there.
var reserved = func() map[string]bool {
	m := map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true}
	for _, d := range []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"} {
		m["COM"+d], m["LPT"+d] = true, true
	}
	return m
}()

// Name makes a file name from base and the extension ext (such as ".pdf"):
// forbidden and control characters become '-' or a space, invisible and
// direction-changing characters are dropped, runs of spaces become one, no
// trailing dot or space is left, a Windows device name is escaped with a
// leading '_', and the result is cut at a word where possible, and always
// between characters, to under MaxBytes bytes. An empty base becomes "_".
func Name(base, ext string) string {
	ext = cleanExt(ext)
	s := Cut(clean(base), MaxBytes-1-len(ext))
	if s == "" {
		s = "_"
	}
	stem, _, _ := strings.Cut(s, ".")
	if reserved[strings.ToUpper(strings.TrimRight(stem, " "))] {
		s = Cut("_"+s, MaxBytes-1-len(ext))
	}
	return s + ext
}

// cleanExt cleans an extension, keeping its leading dot.
func cleanExt(ext string) string {
	if e := clean(ext); e != "" {
		return "." + e
	}
	return ""
}

// clean replaces or drops every character that may not or should not be in
// a file name, collapses spaces and trims the ends.
func clean(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte('-')
		case strings.ContainsRune(forbidden, r):
			b.WriteByte('-')
		case r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r) || unicode.In(r, unicode.Zl, unicode.Zp, unicode.Zs):
			b.WriteByte(' ')
		case Invisible(r):
			// dropped: it would hide or reorder what the name shows
		default:
			b.WriteRune(r)
		}
	}
	return trim(strings.Join(strings.Fields(b.String()), " "))
}

// Invisible reports whether r is a character a reader cannot see or that
// changes how the text around it is shown: control characters, format
// characters (zero-width spaces and joiners, bidirectional marks, embeddings,
// overrides and isolates U+202A–U+202E and U+2066–U+2069, the byte-order
// mark, the soft hyphen) and non-characters.
func Invisible(r rune) bool {
	switch {
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Noncharacter_Code_Point, r):
		return true
	case r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0: // Hangul fillers, shown as nothing
		return true
	case unicode.Is(unicode.Variation_Selector, r):
		return true
	}
	return false
}

// trim removes what may not end or start a name: spaces and dots at the end
// (Windows drops them) and at the start (a hidden file on Linux).
func trim(s string) string {
	s = strings.TrimLeft(s, " .")
	return strings.TrimRight(s, " .")
}

// Cut shortens s to at most n bytes: at the last space that leaves at least
// half of it, otherwise at the last character boundary, never inside a
// character or before a combining mark; a dash or punctuation left at the
// end is dropped.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	cut := n
	for cut > 0 && !boundary(s, cut) {
		cut--
	}
	head := s[:cut]
	if i := strings.LastIndexByte(head, ' '); i >= n/2 {
		head = head[:i]
	}
	return trim(strings.TrimRight(head, " –-—,.:;"))
}

// boundary reports whether s may be cut before byte i: at the start of a
// character that is not a combining mark.
func boundary(s string, i int) bool {
	if !utf8.RuneStart(s[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.Is(unicode.M, r)
}
