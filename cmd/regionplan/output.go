package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"regionplan/internal/outfile"
	"regionplan/planmodel"
)

// The limits of what a message prints.
const (
	maxProblems   = 10 // problems listed before the rest are counted
	maxValueRunes = 80 // characters of a value quoted
)

// escape makes text safe to print on a terminal: control characters
// (newlines and tabs included), invisible and direction-changing characters
// are written as Go escapes (\t, \n, \x1b, \u202e), so that a name cannot
// forge a line, clear the screen or reorder what is shown.
func escape(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && outfile.Invisible(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case outfile.Invisible(r) || r == '\u2028' || r == '\u2029':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		s = s[n:]
	}
	return b.String()
}

// clip cuts s to at most n characters, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// value quotes a user's value for a message: escaped and clipped.
func value(s string) string { return escape(clip(s, maxValueRunes)) }

// problemLines renders validation problems one to a line in English, each
// value and field path clipped, at most maxProblems of them and the count
// of the rest.
func problemLines(ps planmodel.Problems) []string {
	return problemLinesBy(ps, func(q planmodel.Problem) string { return strings.TrimPrefix(q.Error(), q.Field+": ") },
		func(n int) string { return fmt.Sprintf("… and %d more problems", n) })
}

// problemLinesBy is problemLines with each message rendered by text, and
// the count of the rest by more.
func problemLinesBy(ps planmodel.Problems, text func(planmodel.Problem) string, more func(n int) string) []string {
	var lines []string
	for i, p := range ps {
		if i == maxProblems {
			lines = append(lines, "  "+more(len(ps)-maxProblems))
			break
		}
		q := planmodel.Problem{Field: clip(p.Field, maxValueRunes), Message: p.Message, Args: map[string]any{}}
		for k, v := range p.Args {
			if s, ok := v.(string); ok {
				v = clip(s, maxValueRunes)
			}
			q.Args[k] = v
		}
		lines = append(lines, "  "+escape(strings.TrimPrefix(q.Field+": "+text(q), ": ")))
	}
	return lines
}

// goInternals are words that only Go's runtime or bbolt's assertions use;
// a message holding one says what happened in plain words instead.
var goInternals = []string{"panic", "runtime error", "goroutine", "invalid memory address", "nil pointer", "assertion failed", "unexpected fault"}

// describe renders an error for stderr: the path of the plan file named
// once, at most maxProblems of its lines and the count of the rest, no Go
// internals, and every character escaped that could forge terminal output.
func describe(err error, path string) string {
	msg := err.Error()
	lower := strings.ToLower(msg)
	for _, w := range goInternals {
		if strings.Contains(lower, w) {
			msg = "an internal error stopped Regionplan; your saved plans are not affected, and 'regionplan --db FILE check' tells whether the file is sound"
			break
		}
	}
	if path != "" {
		if i := strings.Index(msg, path); i >= 0 {
			rest := strings.ReplaceAll(msg[i+len(path):], path+": ", "")
			msg = msg[:i+len(path)] + strings.ReplaceAll(rest, path+" ", "it ")
		}
	}
	lines := strings.Split(msg, "\n")
	if len(lines) > maxProblems+2 { // the sentence, ten problems and their count
		lines = append(lines[:maxProblems+1], fmt.Sprintf("… and %d more", len(lines)-maxProblems-1))
	}
	for i, l := range lines {
		lines[i] = escape(clip(l, 400))
	}
	return strings.Join(lines, "\n")
}
