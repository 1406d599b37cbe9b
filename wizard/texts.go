package wizard

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"regionplan/assets"
)

// checked is a text file that can tell whether it is complete.
type checked[T any] interface {
	*T
	check() error
}

// textCache loads the embedded JSON texts of one kind (a folder under
// assets, one file per language) once per language.
type textCache[T any, PT checked[T]] struct {
	dir   string
	mu    sync.Mutex
	texts map[string]*T
}

func newTextCache[T any, PT checked[T]](dir string) *textCache[T, PT] {
	return &textCache[T, PT]{dir: dir, texts: map[string]*T{}}
}

// load returns the texts in lang, or in DefaultLanguage when there are none in lang.
func (c *textCache[T, PT]) load(lang string) (*T, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.loadLocked(lang)
}

func (c *textCache[T, PT]) loadLocked(lang string) (*T, error) {
	if t, ok := c.texts[lang]; ok {
		return t, nil
	}
	data, err := fs.ReadFile(assets.Texts, c.dir+"/"+lang+".json")
	if errors.Is(err, fs.ErrNotExist) && lang != DefaultLanguage {
		return c.loadLocked(DefaultLanguage)
	}
	if err != nil {
		return nil, fmt.Errorf("the %s texts in %q are missing: %w", c.dir, lang, err)
	}
	t := new(T)
	if err := json.Unmarshal(data, t); err != nil {
		return nil, fmt.Errorf("the %s texts in %q cannot be read: %w", c.dir, lang, err)
	}
	if err := PT(t).check(); err != nil {
		return nil, fmt.Errorf("the %s texts in %q are incomplete: %w", c.dir, lang, err)
	}
	c.texts[lang] = t
	return t, nil
}
