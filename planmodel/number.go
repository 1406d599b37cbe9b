package planmodel

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// typedNumber is a figure as typed, split into its parts: the sign, the whole
// digits and the decimal digits, with the grouping removed.
type typedNumber struct {
	neg         bool
	whole, frac string
}

// parseNumber reads a figure the way a Norwegian writes it. The comma is the
// decimal mark; spaces (also non-breaking and narrow ones) group digits; a
// point groups digits where it stands between groups of three ("1.500",
// "1.250.000,50"), and a single point that cannot group ("12.5", "0.125") is
// read as a decimal mark, since it can mean nothing else. The minus is "-"
// or "−". Anything else is refused.
func parseNumber(s string) (typedNumber, error) {
	t := strings.NewReplacer(" ", "", NBSP, "", "\u202f", "").Replace(strings.TrimSpace(s))
	var n typedNumber
	if r := strings.TrimPrefix(strings.TrimPrefix(t, "-"), "−"); r != t {
		n.neg, t = true, r
	}
	whole, frac, comma := strings.Cut(t, ",")
	if !comma && strings.Count(whole, ".") == 1 && !groupedByPoints(whole) {
		whole, frac, comma = strings.Cut(whole, ".")
	}
	if strings.Contains(whole, ".") {
		if !groupedByPoints(whole) {
			return typedNumber{}, fmt.Errorf("%q is not a number", s)
		}
		whole = strings.ReplaceAll(whole, ".", "")
	}
	if !digits(whole) || (comma && !digits(frac)) {
		return typedNumber{}, fmt.Errorf("%q is not a number", s)
	}
	n.whole, n.frac = whole, frac
	return n, nil
}

// groupedByPoints reports whether s is digits grouped in threes by points,
// as "1.500" or "12.250.000", with no leading zero.
func groupedByPoints(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || groups[0][0] == '0' {
		return false
	}
	for i, g := range groups {
		if !digits(g) || (i > 0 && len(g) != 3) {
			return false
		}
	}
	return true
}

// digits reports whether s is one or more decimal digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// ParseDecimal reads a number the way a Norwegian writes it, by the rule of
// parseNumber: "1 500", "1.500" and "1500" are fifteen hundred, "1,5" and
// "12.5" have decimals.
func ParseDecimal(s string) (float64, error) {
	n, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	text := n.whole
	if n.frac != "" {
		text += "." + n.frac
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	if n.neg {
		v = -v
	}
	return v, nil
}

// ParseInt reads a whole number the way a Norwegian writes it (see
// ParseDecimal): "1 250 000", "1.250.000" and "−5" are whole numbers, "1,5" is not.
func ParseInt(s string) (int64, error) {
	n, err := parseNumber(s)
	if err != nil {
		return 0, err
	}
	if n.frac != "" {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	v, err := strconv.ParseInt(n.whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	if n.neg {
		v = -v
	}
	return v, nil
}

// ParsePercent reads a per cent from 0 with at most two decimals, written
// the way a Norwegian writes numbers (see ParseDecimal) with an optional "%",
// and returns it in hundredths of a per cent.
func ParsePercent(s string) (int, error) {
	n, err := parseNumber(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	switch {
	case err != nil:
		return 0, fmt.Errorf("%q is not a per cent", s)
	case len(n.frac) > 2:
		return 0, fmt.Errorf("%q has more than two decimals", s)
	case n.neg || len(n.whole) > 7:
		return 0, fmt.Errorf("%q is not a per cent between 0 and 100", s)
	}
	w, _ := strconv.Atoi(n.whole)
	f, _ := strconv.Atoi((n.frac + "00")[:2])
	return w*100 + f, nil
}
