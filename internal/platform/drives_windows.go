package platform

import "golang.org/x/sys/windows"

// remoteDrives are the drive letters Windows reports as network drives.
func remoteDrives() []string {
	mask, err := windows.GetLogicalDrives()
	if err != nil {
		return nil
	}
	var remote []string
	for i := 0; i < 26; i++ {
		if mask&(1<<i) == 0 {
			continue
		}
		d := string(rune('A'+i)) + `:\`
		p, err := windows.UTF16PtrFromString(d)
		if err == nil && windows.GetDriveType(p) == windows.DRIVE_REMOTE {
			remote = append(remote, d[:2])
		}
	}
	return remote
}
