package outfile

import (
	"fmt"
	"strings"
)

// Set hands out the names of one export, so that no two files of it share a
// name: a name already given gets " (2)", " (3)" … before its extension.
// Names are compared without regard to case, as Windows does. The zero
// value is ready to use.
type Set struct {
	used map[string]bool
}

// Name returns Name(base, ext), made unique within the set, and records it.
func (s *Set) Name(base, ext string) string {
	if s.used == nil {
		s.used = map[string]bool{}
	}
	name := Name(base, ext)
	e := cleanExt(ext)
	stem := strings.TrimSuffix(name, e)
	for i := 2; s.used[strings.ToLower(name)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		name = Cut(stem, MaxBytes-1-len(e)-len(suffix)) + suffix + e
	}
	s.used[strings.ToLower(name)] = true
	return name
}
