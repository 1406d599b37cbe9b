package platform

import "testing"

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// The folder Fyne 2.7.1 uses on each system (fyne/internal/app/config_*.go).
func TestStorageRootPerSystem(t *testing.T) {
	const id = "no.regionplan.app"
	for _, c := range []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"windows", map[string]string{"USERPROFILE": `C:\Users\kari`, "APPDATA": `D:\Roaming`}, `C:\Users\kari\AppData\Roaming\fyne\no.regionplan.app`},
		{"windows", map[string]string{"USERPROFILE": `C:\Users\kari\`}, `C:\Users\kari\AppData\Roaming\fyne\no.regionplan.app`},
		{"darwin", map[string]string{"HOME": "/Users/kari", "XDG_CONFIG_HOME": "/x"}, "/Users/kari/Library/Preferences/fyne/no.regionplan.app"},
		{"linux", map[string]string{"HOME": "/home/kari"}, "/home/kari/.config/fyne/no.regionplan.app"},
		{"linux", map[string]string{"HOME": "/home/kari", "XDG_CONFIG_HOME": "/srv/conf/"}, "/srv/conf/fyne/no.regionplan.app"},
		{"linux", map[string]string{"HOME": "/"}, "/.config/fyne/no.regionplan.app"},
		{"freebsd", map[string]string{"HOME": "/home/kari"}, "/home/kari/.config/fyne/no.regionplan.app"},
	} {
		got, err := StorageRoot(id, c.goos, env(c.env))
		if err != nil || got != c.want {
			t.Errorf("%s %v: %q, %v; want %q", c.goos, c.env, got, err, c.want)
		}
	}
}

func TestStorageRootWithoutHome(t *testing.T) {
	for _, c := range []struct {
		goos string
		env  map[string]string
	}{
		{"windows", map[string]string{"HOME": "/home/kari"}},
		{"darwin", nil},
		{"linux", nil},
		{"linux", map[string]string{"HOME": "/home/kari", "XDG_CONFIG_HOME": "conf"}},
		{"plan9", map[string]string{"HOME": "/usr/kari"}},
	} {
		if got, err := StorageRoot("no.regionplan.app", c.goos, env(c.env)); err == nil {
			t.Errorf("%s %v: %q, want an error", c.goos, c.env, got)
		}
	}
}
