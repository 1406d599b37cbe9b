package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/planmodel"
	"regionplan/storage"
)

// backupKindName is the user's name for a kind of automatic backup.
func backupKindName(kind storage.BackupKind) string {
	switch kind {
	case storage.KindDaily:
		return lang.L("daily backup")
	case storage.KindBeforeUpgrade:
		return lang.L("before an upgrade")
	case storage.KindBeforeRestore:
		return lang.L("before a restore")
	case storage.KindSalvaged:
		return lang.L("saved from a damaged file")
	}
	return string(kind)
}

func backupLabel(b storage.Backup) string {
	return lang.L("{{.Date}} at {{.Time}} – {{.Kind}} ({{.Size}} kB)", map[string]any{
		"Date": planmodel.FormatDate(b.Time), "Time": b.Time.Format("15:04"),
		"Kind": backupKindName(b.Kind), "Size": planmodel.FormatInt((b.Size + 1023) / 1024),
	})
}

// backupsDialog lists the automatic backups and restores the one chosen,
// after the user confirms; the current file is backed up first.
func (u *UI) backupsDialog() {
	list, err := u.store.Backups()
	if err != nil {
		u.showError(err)
		return
	}
	intro := widgets.Wrapped(lang.L("Regionplan keeps a copy of the plan file from the first time you open it each day (the last 7 days and 4 weeks), and before every upgrade and restore. Restoring a copy replaces all plans with the plans as they were then; the file as it is now is kept as a copy first."))
	box := container.NewVBox(intro, widget.NewSeparator())
	var d *dialog.CustomDialog
	if len(list) == 0 {
		box.Add(widgets.Wrapped(lang.L("There are no backups yet.")))
	}
	for _, b := range list {
		restore := widget.NewButtonWithIcon(lang.L("Restore"), theme.HistoryIcon(), func() {
			dialog.ShowConfirm(lang.L("Restore backup"),
				lang.L("Replace all plans with the backup from {{.When}}? The plans as they are now are kept as a backup.", map[string]any{"When": backupLabel(b)}),
				func(ok bool) {
					if !ok {
						return
					}
					u.leavePlan(func() {
						if err := u.store.RestoreBackup(b.Path); err != nil {
							u.showError(err)
						} else {
							d.Hide()
						}
						u.startScreen()
					})
				}, u.win)
		})
		box.Add(container.NewBorder(nil, nil, nil, restore, widget.NewLabel(backupLabel(b))))
	}
	saveCopy := widget.NewButtonWithIcon(lang.L("Save a copy elsewhere…"), theme.DocumentSaveIcon(), u.saveCopyDialog)
	box.Add(widget.NewSeparator())
	box.Add(container.NewHBox(saveCopy))
	folder := widget.NewLabel(lang.L("Backups are kept in {{.Dir}}", map[string]any{"Dir": u.store.BackupDir()}))
	folder.Wrapping = fyne.TextWrapBreak
	folder.SizeName = theme.SizeNameCaptionText
	box.Add(folder)
	d = dialog.NewCustom(lang.L("Backups"), lang.L("Close"), container.NewVScroll(box), u.win)
	d.Resize(fyne.NewSize(680, 480))
	d.Show()
}

// saveCopyDialog writes a consistent copy of the whole plan file where the
// user chooses, e.g. on a memory stick.
func (u *UI) saveCopyDialog() {
	u.saveFileDialog(fmt.Sprintf("regionplan-%s.db", u.now().Format("2006-01-02")), ".db", u.store.BackupTo,
		lang.L("Backups"), func(path string) string {
			return lang.L("A copy of all plans was saved as {{.Path}}.", map[string]any{"Path": path})
		})
}
