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
	case errors.Is(err, storage.ErrReadOnly):
		return lang.L("The plan file's disk or folder cannot be written, so the plans are only shown. Copy the plan file to a folder you can write to in order to change it.")
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
// plan file at path. When the file is damaged it offers what can be done:
// restore the newest backup, rebuild the file from its second header page
// when only the first is broken, and save what can be saved into a new file
// (salvage), never writing to the damaged file. After a restore or rebuild,
// reopen is called.
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
	failed := func(err error) {
		msg.SetText(Message(err))
		detail.SetText(err.Error())
	}
	damaged := errors.Is(err, storage.ErrDamaged)
	if backups, _ := storage.ListBackups(path); damaged && len(backups) > 0 {
		newest := backups[0]
		parts = append(parts, widgets.Wrapped(lang.L("The newest backup is from {{.When}}. Restoring it keeps the damaged file as a copy.", map[string]any{"When": backupLabel(newest)})))
		restore := widget.NewButtonWithIcon(lang.L("Restore the newest backup"), theme.HistoryIcon(), func() {
			if rerr := storage.RestoreFile(path, newest.Path); rerr != nil {
				failed(rerr)
				return
			}
			reopen()
		})
		restore.Importance = widget.HighImportance
		buttons.Add(restore)
	} else if !damaged {
		quit.Importance = widget.HighImportance
	}
	if damaged && storage.HeaderRecoverable(path) {
		parts = append(parts, widgets.Wrapped(lang.L("Only the file's first header page is broken; the second holds the whole file. Rebuilding from it keeps the damaged file as a copy.")))
		buttons.Add(widget.NewButtonWithIcon(lang.L("Rebuild from the second header"), theme.ViewRefreshIcon(), func() {
			if _, rerr := storage.RecoverHeader(path); rerr != nil {
				failed(rerr)
				return
			}
			reopen()
		}))
	}
	if damaged {
		buttons.Add(widget.NewButtonWithIcon(lang.L("Save what can be saved …"), theme.DocumentSaveIcon(), func() {
			showSalvage(w, path, msg, detail, failed, reopen)
		}))
	}
	parts = append(parts, detail, buttons)
	w.SetContent(container.NewPadded(container.NewVBox(parts...)))
	w.Resize(fyne.NewSize(640, 300))
}

// showSalvage copies every plan, deleted plan and snapshot of the damaged
// file whose checksum verifies into a new file in its backup folder, says
// what was saved and lost, and offers to put the new file in place.
func showSalvage(w fyne.Window, path string, msg, detail *widget.Label, failed func(error), reopen func()) {
	rep, saved, err := storage.SalvageToBackups(path)
	if err != nil {
		failed(err)
		return
	}
	text := lang.L("Saved {{.Plans}} plans, {{.Deleted}} deleted plans and {{.Snapshots}} snapshots into a new file; {{.Lost}} damaged records could not be saved. The damaged file is unchanged.",
		map[string]any{"Plans": rep.Plans, "Deleted": rep.Deleted, "Snapshots": rep.Snapshots, "Lost": len(rep.Lost)})
	if rep.Partial {
		text += " " + lang.L("Part of the file could not be read at all, so more may be lost.")
	}
	msg.SetText(text)
	detail.SetText(saved)
	use := widget.NewButtonWithIcon(lang.L("Use the saved plans"), theme.ConfirmIcon(), func() {
		if rerr := storage.RestoreFile(path, saved); rerr != nil {
			failed(rerr)
			return
		}
		reopen()
	})
	use.Importance = widget.HighImportance
	d := dialog.NewCustom(lang.L("Save what can be saved …"), lang.L("Close"), container.NewVBox(widgets.Wrapped(text), use), w)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}
