package planmodel

import (
	"math"
	"strconv"
	"strings"
)

// The readers below turn the text of one field of a form into a value,
// refusing with a Problem that names the field, so that every form reads
// figures, years and dates by the same rules.

// ParseYear reads a year written with digits, as "2027".
func ParseYear(s, field string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, Problems{{Field: field, Message: "Write the year with four digits, e.g. 2027."}}
	}
	return n, nil
}

// ParseOptionalYear is ParseYear that reads an empty field as 0.
func ParseOptionalYear(s, field string) (int, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	return ParseYear(s, field)
}

// ParseNumber reads a figure that must be given, such as a measured value,
// by the rule of ParseDecimal; an empty field is refused.
func ParseNumber(s, field string) (float64, error) {
	v, err := ParseDecimal(s)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, Problems{{Field: field, Message: "Write a number, e.g. 150 or 12,5."}}
	}
	return v, nil
}

// ParseOptionalNumber reads an optional figure, such as a goal's baseline
// or target, by the rule of ParseNumber; an empty field gives nil.
func ParseOptionalNumber(s, field string) (*float64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	v, err := ParseNumber(s, field)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// ParseOptionalDate reads a date written as 13.09.2027 into the stored
// 2027-09-13 form; an empty field gives "".
func ParseOptionalDate(s, field string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return "", Problems{{Field: field, Message: "The date must be a real date, written as dd.mm.yyyy."}}
	}
	return d.Format("2006-01-02"), nil
}
