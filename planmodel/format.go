package planmodel

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// NBSP is the non-breaking space that groups digits and joins an amount to
// its unit in Norwegian typography.
const NBSP = "\u00a0"

// FormatInt writes n with digits grouped in threes by non-breaking spaces,
// as in "1 234 567".
func FormatInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(NBSP)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ParseInt reads a whole number the way a Norwegian types it: digits,
// optionally grouped by spaces, non-breaking spaces or points, with an
// optional minus sign.
func ParseInt(s string) (int64, error) {
	t := strings.NewReplacer(" ", "", NBSP, "", "\u202f", "", ".", "", "−", "-").Replace(strings.TrimSpace(s))
	if t == "" {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	return n, nil
}

// FormatDate writes a date the Norwegian way, as "13.09.2027". The zero
// time gives an empty string.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("02.01.2006")
}

// ParseDate reads a date written as "13.09.2027" (also "13.9.2027") or as
// "2027-09-13".
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"02.01.2006", "2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 13.09.2027", s)
}
