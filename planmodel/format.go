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

// ParseStoredDate parses a date as a plan stores it: exactly YYYY-MM-DD,
// with nothing before or after it, so that validation refuses a date that
// carries spaces or line breaks into documents and file names.
func ParseStoredDate(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date like 2027-09-13", s)
	}
	return t, nil
}

// FormatPercent writes a share in hundredths of a per cent with a decimal
// comma and no trailing zeros, as "33,33", "12,5" or "50".
func FormatPercent(basisPoints int) string {
	neg := basisPoints < 0
	if neg {
		basisPoints = -basisPoints
	}
	s := strconv.Itoa(basisPoints / 100)
	if frac := basisPoints % 100; frac != 0 {
		s += "," + strings.TrimRight(fmt.Sprintf("%02d", frac), "0")
	}
	if neg {
		s = "−" + s
	}
	return s
}

// FormatDecimal writes f with the given number of decimals and a decimal
// comma, as "1,5".
func FormatDecimal(f float64, decimals int) string {
	return strings.Replace(strings.Replace(strconv.FormatFloat(f, 'f', decimals, 64), ".", ",", 1), "-", "−", 1)
}

// FormatNumber writes a measured figure: a whole number grouped in threes,
// anything else with one decimal and a decimal comma.
func FormatNumber(x float64) string {
	if x == float64(int64(x)) {
		return FormatInt(int64(x))
	}
	return FormatDecimal(x, 1)
}
