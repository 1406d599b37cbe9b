#!/bin/sh
# Installs Regionplan for the current user under ~/.local (no root needed):
# the program in ~/.local/bin, the menu entry and the icon where desktops
# look for them. Run it from the unpacked folder: ./install.sh
# ./install.sh --uninstall removes the three files again; plans are kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
app=$data/applications/no.regionplan.app.desktop
icon=$data/icons/hicolor/512x512/apps/no.regionplan.app.png

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/regionplan" "$app" "$icon"
  echo "Regionplan is removed. Your plans are kept."
  exit 0
fi

mkdir -p "$bin" "$(dirname "$app")" "$(dirname "$icon")"
install -m 0755 "$here/regionplan" "$bin/regionplan"
install -m 0644 "$here/no.regionplan.app.png" "$icon"
sed "s|^Exec=regionplan|Exec=$bin/regionplan|" "$here/no.regionplan.app.desktop" > "$app"
chmod 0644 "$app"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" || true
fi
echo "Regionplan is installed: find it in the menu, or run $bin/regionplan."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "($bin is not on your PATH; add it there to run regionplan from a terminal.)" ;;
esac
