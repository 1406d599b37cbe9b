package platform

import (
	"slices"
	"strings"
)

// System is what SyncedPlace needs to know about the computer: its name
// (runtime.GOOS), its environment, and its network places. Here gives the
// one this program runs on.
type System struct {
	GOOS   string
	Getenv func(string) string
	// Mounts is the text of /proc/mounts (Linux): one mount a line,
	// "device mount-point type options …", spaces in paths as \040.
	Mounts string
	// RemoteDrives are the drive letters that lead to a network share,
	// such as "H:" (Windows).
	RemoteDrives []string
}

// The places SyncedPlace names.
const (
	OneDrive    = "OneDrive"
	Dropbox     = "Dropbox"
	GoogleDrive = "Google Drive"
	ICloud      = "iCloud"
	Network     = "network"
)

// networkFS are the Linux file-system types that live on another machine.
var networkFS = map[string]bool{
	"nfs": true, "nfs4": true, "cifs": true, "smb3": true, "smbfs": true,
	"afs": true, "ceph": true, "glusterfs": true, "9p": true, "davfs": true,
	"fuse.sshfs": true, "fuse.rclone": true, "fuse.gvfsd-fuse": true,
	"fuse.s3fs": true, "fuse.davfs2": true,
}

// SyncedPlace names the synced or network place path lies in — OneDrive,
// Dropbox, Google Drive, iCloud or a network share — or returns "" when it
// is on this machine's own disk. path should be absolute.
func SyncedPlace(path string, sys System) string {
	if sys.GOOS == "windows" {
		return windowsPlace(path, sys)
	}
	if place := cloudByName(strings.Split(path, "/")); place != "" {
		return place
	}
	if sys.GOOS == "linux" && networkFS[mountType(path, sys.Mounts)] {
		return Network
	}
	return ""
}

func windowsPlace(path string, sys System) string {
	p := strings.ReplaceAll(path, "/", `\`)
	for _, v := range []string{"OneDrive", "OneDriveCommercial", "OneDriveConsumer"} {
		if root := sys.Getenv(v); root != "" && within(p, root) {
			return OneDrive
		}
	}
	if place := cloudByName(strings.Split(p, `\`)); place != "" {
		return place
	}
	if strings.HasPrefix(p, `\\`) {
		return Network // \\server\share, also \\?\UNC\server\share
	}
	drive := strings.ToUpper(volume(p))
	if home := sys.Getenv("HOMESHARE"); home != "" && strings.EqualFold(drive, sys.Getenv("HOMEDRIVE")) {
		return Network // the home folder's drive, mapped to HOMESHARE
	}
	for _, d := range sys.RemoteDrives {
		if drive != "" && strings.EqualFold(strings.TrimRight(d, `\`), drive) {
			return Network
		}
	}
	return ""
}

// cloudFolders are the names sync clients give their folders, in lower
// case: a folder is theirs when its name is one of exact or begins with one
// of prefixes.
var cloudFolders = []struct {
	place           string
	exact, prefixes []string
}{
	{OneDrive, []string{"onedrive"}, []string{"onedrive - ", "onedrive-"}},
	{Dropbox, []string{"dropbox"}, []string{"dropbox (", "dropbox-"}},
	{GoogleDrive, []string{"google drive", "my drive", "min disk"}, []string{"googledrive-"}},
	{ICloud, []string{"iclouddrive", "icloud drive"}, nil},
}

// cloudByName recognises, by name, the folders the sync clients make among
// the folders of a path (its last part is the file).
func cloudByName(parts []string) string {
	for i, part := range parts[:max(len(parts)-1, 0)] {
		part = strings.ToLower(part)
		if part == "mobile documents" && i > 0 && strings.EqualFold(parts[i-1], "library") {
			return ICloud // macOS: ~/Library/Mobile Documents
		}
		for _, f := range cloudFolders {
			prefixed := slices.ContainsFunc(f.prefixes, func(p string) bool { return strings.HasPrefix(part, p) })
			if prefixed || slices.Contains(f.exact, part) {
				return f.place
			}
		}
	}
	return ""
}

// within reports whether the Windows path p lies in the folder root.
func within(p, root string) bool {
	root = strings.TrimRight(strings.ReplaceAll(root, "/", `\`), `\`)
	return len(p) > len(root) && strings.EqualFold(p[:len(root)], root) && p[len(root)] == '\\'
}

// volume is the drive of a Windows path, such as "C:", or "".
func volume(p string) string {
	if len(p) >= 2 && p[1] == ':' {
		return p[:2]
	}
	return ""
}

// mountType is the file-system type of the mount that holds path, after
// /proc/mounts: the mount with the longest mount point above path.
func mountType(path, mounts string) string {
	best, kind := -1, ""
	for _, line := range strings.Split(mounts, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		point := strings.ReplaceAll(f[1], `\040`, " ")
		if len(point) > best && (point == "/" || path == point || strings.HasPrefix(path, strings.TrimRight(point, "/")+"/")) {
			best, kind = len(point), f[2]
		}
	}
	return kind
}
