package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"regionplan/app/widgets"
	"regionplan/storage"
)

// Message turns an error into a sentence for the user in the interface
// language: what happened and what to do.
func Message(err error) string {
	switch {
	case errors.Is(err, storage.ErrLocked):
		return lang.L("The plan file is already open in another Regionplan window. Use that window, or close it and start Regionplan again.")
	case errors.Is(err, storage.ErrForeign):
		return lang.L("The file is not a Regionplan plan file. Nothing was changed; choose another file with --db.")
	case errors.Is(err, storage.ErrNewer):
		return lang.L("The plan file was saved by a newer version of Regionplan. Nothing was changed; update Regionplan to open it.")
	case errors.Is(err, storage.ErrDamaged):
		return lang.L("The plan file is damaged, so Regionplan will not show or change it. Keep a copy of the file and restore the latest backup.")
	case errors.Is(err, storage.ErrNotFound):
		return lang.L("The plan is no longer there. It may have been deleted; look in the trash.")
	case errors.Is(err, storage.ErrDiskFull):
		return lang.L("The disk is full, so the change could not be saved. It is kept in the window; free some space on the disk and it is saved with your next change.")
	case errors.Is(err, storage.ErrTooLarge):
		return lang.L("The plan has become too large to save. Shorten the longest texts and try again.")
	}
	return widgets.MessageText(err)
}

// storeError is err with its message in the interface language, for a form
// dialog to show: the dialog itself knows only validation problems.
func storeError(err error) error { return widgets.MessageError(Message(err)) }

func (u *UI) showError(err error) {
	dialog.ShowError(errors.New(Message(err)), u.win)
}

// ShowFatal fills w with an explanation of why Regionplan cannot open the
// plan file at path. When the file is damaged and there are backups, it
// offers to restore the newest one; after a restore, reopen is called.
func ShowFatal(w fyne.Window, path string, err error, reopen func()) {
	msg := widgets.Wrapped(Message(err))
	detail := widget.NewLabel(err.Error())
	detail.Wrapping = fyne.TextWrapBreak
	detail.SizeName = theme.SizeNameCaptionText
	quit := widget.NewButton(lang.L("Close"), w.Close)
	title := widget.NewLabelWithStyle(lang.L("Regionplan cannot open the plan file"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	buttons := container.NewHBox(quit)
	parts := []fyne.CanvasObject{title, msg}
	if backups, _ := storage.ListBackups(path); errors.Is(err, storage.ErrDamaged) && len(backups) > 0 {
		newest := backups[0]
		parts = append(parts, widgets.Wrapped(lang.L("The newest backup is from {{.When}}. Restoring it keeps the damaged file as a copy.", map[string]any{"When": backupLabel(newest)})))
		restore := widget.NewButtonWithIcon(lang.L("Restore the newest backup"), theme.HistoryIcon(), func() {
			if rerr := storage.RestoreFile(path, newest.Path); rerr != nil {
				msg.SetText(Message(rerr))
				detail.SetText(rerr.Error())
				return
			}
			reopen()
		})
		restore.Importance = widget.HighImportance
		buttons.Add(restore)
	} else {
		quit.Importance = widget.HighImportance
	}
	parts = append(parts, detail, buttons)
	w.SetContent(container.NewPadded(container.NewVBox(parts...)))
	w.Resize(fyne.NewSize(640, 300))
}
