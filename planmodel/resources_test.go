package planmodel

import (
	"testing"
)

func TestPercentAndDecimal(t *testing.T) {
	for bp, want := range map[int]string{0: "0", 5000: "50", 3333: "33,33", 1250: "12,5", 10000: "100", 5: "0,05"} {
		if got := FormatPercent(bp); got != want {
			t.Errorf("FormatPercent(%d) = %q, want %q", bp, got, want)
		}
		if back, err := ParsePercent(want + " %"); err != nil || back != bp {
			t.Errorf("ParsePercent(%q) = %d, %v", want, back, err)
		}
	}
	if n, err := ParsePercent("33.3"); err != nil || n != 3330 {
		t.Errorf("ParsePercent(33.3) = %d, %v", n, err)
	}
	for _, s := range []string{"", "mye", "-5", "1,234", "12,-3", "+4"} {
		if _, err := ParsePercent(s); err == nil {
			t.Errorf("ParsePercent(%q) gave no error", s)
		}
	}
	if got := FormatDecimal(0.472, 1); got != "0,5" {
		t.Errorf("FormatDecimal = %q", got)
	}
}
