#!/bin/sh
# Add kkdesk (this unpacked folder) to the applications menu of the current user: a .desktop file and
# the icon under ~/.local/share. Run it again after moving the folder; nothing is installed system-wide.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/org.kkdesk.kkdesk.png" "$icons/org.kkdesk.kkdesk.png"
sed "s|^Exec=kkdesk|Exec=\"$here/kkdesk\"|" "$here/org.kkdesk.kkdesk.desktop" > "$apps/org.kkdesk.kkdesk.desktop"
echo "kkdesk added to the applications menu ($apps/org.kkdesk.kkdesk.desktop)."
