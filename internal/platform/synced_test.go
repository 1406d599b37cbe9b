package platform

import "testing"

const procMounts = `/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
server:/export/home /home/shared nfs4 rw,relatime 0 0
//filer/plans /mnt/kommune\040felles cifs rw 0 0
kari@box:/srv /home/kari/box fuse.sshfs rw 0 0
/dev/sdb1 /home ext4 rw 0 0
`

func TestSyncedPlace(t *testing.T) {
	win := System{GOOS: "windows", RemoteDrives: []string{"P:"}, Getenv: env(map[string]string{
		"USERPROFILE": `C:\Users\kari`, "OneDrive": `C:\Users\kari\OneDrive - Vennesla kommune`,
		"OneDriveConsumer": `D:\Sky`, "HOMEDRIVE": "H:", "HOMESHARE": `\\filer\home$\kari`,
	})}
	linux := System{GOOS: "linux", Mounts: procMounts, Getenv: env(nil)}
	mac := System{GOOS: "darwin", Getenv: env(nil)}
	for _, c := range []struct {
		sys  System
		path string
		want string
	}{
		{win, `C:\Users\kari\AppData\Roaming\fyne\no.regionplan.app\plans.db`, ""},
		{win, `C:\Users\kari\OneDrive - Vennesla kommune\Planer\plans.db`, OneDrive},
		{win, `c:/users/KARI/onedrive - vennesla kommune/plans.db`, OneDrive},
		{win, `D:\Sky\plans.db`, OneDrive},
		{win, `D:\Skyer\plans.db`, ""},
		{win, `C:\Users\kari\OneDrive\plans.db`, OneDrive},
		{win, `C:\Users\kari\Dropbox (Regionrådet)\plans.db`, Dropbox},
		{win, `G:\My Drive\Regionplan\plans.db`, GoogleDrive},
		{win, `C:\Users\kari\iCloudDrive\plans.db`, ICloud},
		{win, `\\filer\felles\plans.db`, Network},
		{win, `\\?\UNC\filer\felles\plans.db`, Network},
		{win, `H:\plans.db`, Network},
		{win, `p:\Regionplan\plans.db`, Network},
		{win, `E:\plans.db`, ""},
		{win, `C:\Users\kari\Documents\dropbox.db`, ""}, // the file's own name does not count
		{linux, "/home/kari/.config/fyne/no.regionplan.app/plans.db", ""},
		{linux, "/home/shared/plans.db", Network},
		{linux, "/home/sharedx/plans.db", ""},
		{linux, "/mnt/kommune felles/plans.db", Network},
		{linux, "/home/kari/box/plans.db", Network},
		{linux, "/home/kari/Dropbox/plans.db", Dropbox},
		{linux, "/home/kari/OneDrive/plans.db", OneDrive},
		{linux, "/tmp/plans.db", ""},
		{mac, "/Users/kari/Library/Preferences/fyne/no.regionplan.app/plans.db", ""},
		{mac, "/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/plans.db", ICloud},
		{mac, "/Users/kari/Library/CloudStorage/OneDrive-Personal/plans.db", OneDrive},
		{mac, "/Users/kari/Library/CloudStorage/GoogleDrive-kari@example.no/My Drive/plans.db", GoogleDrive},
		{mac, "/Users/kari/Dropbox/plans.db", Dropbox},
		{mac, "/Users/kari/Mobile Documents/plans.db", ""},
	} {
		if got := SyncedPlace(c.path, c.sys); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.sys.GOOS, c.path, got, c.want)
		}
	}
}
