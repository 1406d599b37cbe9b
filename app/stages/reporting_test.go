package stages

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReportingWritesTheStatusReports exports the status report for 2017
// from stage 8: one for the steering group and one per municipality, each
// as PDF and DOCX.
func TestReportingWritesTheStatusReports(t *testing.T) {
	h := openStage(t, "kristiansand", "communication")
	r := h.view.tool.(*communicationTool).reporting
	r.year.SetSelected("2017")
	r.write(t.TempDir())
	n := len(h.plan.Municipalities) + 1
	if len(h.written) != 2*n {
		t.Fatalf("%d files, want %d: %v", len(h.written), 2*n, h.written)
	}
	if first := filepath.Base(h.written[0]); !strings.HasPrefix(first, "Statusrapport 2017") {
		t.Errorf("the first file is %s", first)
	}
}
