package planmodel

import "testing"

// TestOneNumberRule holds the one rule for numbers typed the Norwegian way,
// which every field of the window and the plan's own parsing use.
func TestOneNumberRule(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"1500", 1500}, {"1 500", 1500}, {"1\u00a0500", 1500}, {"1\u202f500", 1500},
		{"1.500", 1500}, {"1.250.000", 1_250_000}, {"1.250.000,5", 1_250_000.5},
		{"1,5", 1.5}, {"12.5", 12.5}, {"0.125", 0.125}, {"12.50", 12.5}, {"1 250,75", 1250.75},
		{"-5", -5}, {"−5,5", -5.5}, {" 42 ", 42}, {"984,5", 984.5},
	} {
		if got, err := ParseDecimal(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseDecimal(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, in := range []string{"", "mye", "1.5.2", "1.50.000", "1,5,2", "1.500,", "12.", ",5", "+4", "1e3", "NaN", "Inf", "--5", "0.500.000"} {
		if v, err := ParseDecimal(in); err == nil {
			t.Errorf("ParseDecimal(%q) = %v, want an error", in, v)
		}
	}
	// The same rule for whole numbers and per cents: "1.500" is fifteen hundred in both.
	if n, err := ParseInt("1.500"); err != nil || n != 1500 {
		t.Errorf("ParseInt(1.500) = %d, %v", n, err)
	}
	for _, in := range []string{"12.5", "1,0", "1.2.3"} {
		if n, err := ParseInt(in); err == nil {
			t.Errorf("ParseInt(%q) = %d, want an error", in, n)
		}
	}
	if bp, err := ParsePercent("1.500 %"); err != nil || bp != 150_000 {
		t.Errorf("ParsePercent(1.500 %%) = %d, %v; want fifteen hundred per cent", bp, err)
	}
	if bp, err := ParsePercent("12.5"); err != nil || bp != 1250 {
		t.Errorf("ParsePercent(12.5) = %d, %v", bp, err)
	}
}
