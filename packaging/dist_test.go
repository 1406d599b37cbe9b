// Package packaging holds the installer and package descriptions that
// `make dist` builds from; its test checks what `make dist` wrote in dist/.
package packaging

import (
	"archive/zip"
	"bytes"
	"debug/pe"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// version is FyneApp.toml's Version, which names the files in dist/.
func version(t *testing.T) string {
	t.Helper()
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version *= *"([^"]+)"`).FindSubmatch(toml)
	if m == nil {
		t.Fatal("FyneApp.toml has no Version")
	}
	return string(m[1])
}

// distFile is the absolute path of dist/name, skipping the test when make
// dist has not run.
func distFile(t *testing.T, name string) string {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("..", "dist", name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is not there; `make dist` builds it (and `make test` runs make dist first)", path)
	}
	return path
}

// command runs a program in a temporary folder (msiinfo export writes the
// Icon table's streams as files into the working folder).
func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return string(out)
}

func utf16le(s string) []byte {
	var b bytes.Buffer
	for _, u := range utf16.Encode([]rune(s)) {
		binary.Write(&b, binary.LittleEndian, u)
	}
	return b.Bytes()
}

// unzipExe writes the zip's Regionplan/regionplan.exe into a temporary
// folder and returns its path.
func unzipExe(t *testing.T, zipPath string) string {
	t.Helper()
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if f.Name != "Regionplan/regionplan.exe" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var b bytes.Buffer
		if _, err := b.ReadFrom(r); err != nil {
			t.Fatal(err)
		}
		exe := filepath.Join(t.TempDir(), "regionplan.exe")
		if err := os.WriteFile(exe, b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		return exe
	}
	t.Fatalf("the zip holds %v, not Regionplan/regionplan.exe", names)
	return ""
}

// resources returns the exe's resource section and the resource types in
// its root directory (3 icon, 14 icon group, 16 version, 24 manifest).
func resources(t *testing.T, exe string) ([]byte, map[uint32]bool) {
	t.Helper()
	f, err := pe.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rsrc := f.Section(".rsrc")
	if rsrc == nil {
		t.Fatal("the exe has no resources")
	}
	data, err := rsrc.Data()
	if err != nil {
		t.Fatal(err)
	}
	types := map[uint32]bool{}
	named := int(binary.LittleEndian.Uint16(data[12:]))
	ids := int(binary.LittleEndian.Uint16(data[14:]))
	for i := named; i < named+ids; i++ {
		types[binary.LittleEndian.Uint32(data[16+8*i:])] = true
	}
	return data, types
}

// The exe in the zip is a GUI-subsystem PE32+ for x86-64 with an icon, the
// version information and a manifest that asks for no admin rights.
func TestWindowsExe(t *testing.T) {
	v := version(t)
	exe := unzipExe(t, distFile(t, "Regionplan-"+v+"-windows-x64.zip"))
	dump := command(t, "x86_64-w64-mingw32-objdump", "-p", exe)
	for _, want := range []string{"file format pei-x86-64", "(PE32+)", "(Windows GUI)", "DLL Name: OPENGL32.dll"} {
		if !strings.Contains(dump, want) {
			t.Errorf("objdump -p does not say %q", want)
		}
	}
	data, types := resources(t, exe)
	for id, what := range map[uint32]string{3: "icon", 14: "icon group", 16: "version information", 24: "manifest"} {
		if !types[id] {
			t.Errorf("no %s resource (type %d)", what, id)
		}
	}
	for _, s := range []string{"ProductName", "Regionplan", "CompanyName", "FileVersion", v} {
		if !bytes.Contains(data, utf16le(s)) {
			t.Errorf("the version information lacks %q", s)
		}
	}
	for _, s := range []string{`level="asInvoker"`, "PerMonitorV2", "GLFW_ICON"} {
		if !bytes.Contains(data, []byte(s)) && !bytes.Contains(data, utf16le(s)) {
			t.Errorf("the resources lack %q", s)
		}
	}
}

// The MSI installs for the user alone, under the local app folder, with a
// Start-menu shortcut with the icon, and replaces older versions.
func TestWindowsMSI(t *testing.T) {
	v := version(t)
	msi := distFile(t, "Regionplan-"+v+"-windows-x64.msi")
	export := func(table string) string { return command(t, "msiinfo", "export", msi, table) }
	if !strings.Contains(export("File"), "regionplan.exe") {
		t.Error("the MSI has no regionplan.exe")
	}
	dirs := export("Directory")
	for _, row := range []string{"INSTALLDIR\tProgramsFolder\tRegionplan", "ProgramsFolder\tLocalAppDataFolder\tPrograms"} {
		if !strings.Contains(dirs, row) {
			t.Errorf("the Directory table lacks %q:\n%s", row, dirs)
		}
	}
	sc := export("Shortcut")
	if !regexp.MustCompile(`(?m)^\w+\tProgramMenuFolder\tRegionplan\t\w+\t\[INSTALLDIR\]regionplan\.exe\t.*\tregionplan\.ico\t`).MatchString(sc) {
		t.Errorf("no Start-menu shortcut with the icon to the installed exe:\n%s", sc)
	}
	if !strings.Contains(export("Icon"), "regionplan.ico") {
		t.Error("the MSI has no icon")
	}
	props := export("Property")
	for _, row := range []string{"ProductVersion\t" + v, "UpgradeCode\t{36ef3149-2abf-4d21-81a1-bf7275cdc715}", "ARPPRODUCTICON\tregionplan.ico"} {
		if !strings.Contains(props, row) {
			t.Errorf("the Property table lacks %q", row)
		}
	}
	if strings.Contains(props, "ALLUSERS") {
		t.Error("ALLUSERS is set: the MSI would install for all users and need admin rights")
	}
	if !strings.Contains(export("Upgrade"), "WIX_UPGRADE_DETECTED") {
		t.Error("the MSI does not replace older versions")
	}
	// Word count 8: no elevation needed; 2: compressed.
	if m := regexp.MustCompile(`Source: (\d+)`).FindStringSubmatch(command(t, "msiinfo", "suminfo", msi)); m == nil || m[1] != "10" {
		t.Errorf("summary word count %v, want 10 (compressed, no elevation)", m)
	}
}

// The Linux tarball holds the program, the icon, the menu entry and an
// install script that puts them under ~/.local.
func TestLinuxTarball(t *testing.T) {
	v := version(t)
	tarball := distFile(t, "regionplan-"+v+"-linux-amd64.tar.xz")
	dir := t.TempDir()
	command(t, "tar", "-C", dir, "-xJf", tarball)
	top := filepath.Join(dir, "regionplan-"+v+"-linux-amd64")
	for _, name := range []string{"regionplan", "no.regionplan.app.png", "no.regionplan.app.desktop", "install.sh"} {
		if _, err := os.Stat(filepath.Join(top, name)); err != nil {
			t.Errorf("the tarball lacks %s", name)
		}
	}
	desktop, _ := os.ReadFile(filepath.Join(top, "no.regionplan.app.desktop"))
	for _, line := range []string{"Exec=regionplan", "Icon=no.regionplan.app", "Type=Application"} {
		if !strings.Contains(string(desktop), line+"\n") {
			t.Errorf("the .desktop file lacks %q", line)
		}
	}

	home := t.TempDir()
	install := exec.Command("sh", filepath.Join(top, "install.sh"))
	install.Env = append(os.Environ(), "HOME="+home, "XDG_DATA_HOME=")
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("install.sh: %v\n%s", err, out)
	}
	bin := filepath.Join(home, ".local", "bin", "regionplan")
	entry, err := os.ReadFile(filepath.Join(home, ".local", "share", "applications", "no.regionplan.app.desktop"))
	if err != nil || !strings.Contains(string(entry), "Exec="+bin+"\n") {
		t.Errorf("installed menu entry: %v\n%s", err, entry)
	}
	if _, err := os.Stat(filepath.Join(home, ".local", "share", "icons", "hicolor", "512x512", "apps", "no.regionplan.app.png")); err != nil {
		t.Error("the icon was not installed")
	}
	db := filepath.Join(home, "p.db")
	if out, err := exec.Command(bin, "--db", db, "demo", "hallingdal").CombinedOutput(); err != nil {
		t.Fatalf("the installed program: %v, %q", err, out)
	}
	if out, err := exec.Command(bin, "--db", db, "list").Output(); err != nil || !strings.Contains(string(out), "Hallingdal") {
		t.Errorf("the installed program lists %q, %v", out, err)
	}
}
