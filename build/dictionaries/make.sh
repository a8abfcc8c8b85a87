#!/bin/sh
# Rebuilds the shipped .bdic files from the Hunspell dictionaries of LibreOffice, as Debian packages
# them, with the converter Qt WebEngine ships (Chromium's convert_dict under another name).
#   apt-get install hunspell-sv hunspell-en-gb qt6-webengine-dev-tools
set -eu
here=$(dirname "$0")
convert=/usr/lib/qt6/libexec/qwebengine_convert_dict
QT_QPA_PLATFORM=offscreen "$convert" /usr/share/hunspell/sv_SE.dic "$here/sv-SE-3-0.bdic"
QT_QPA_PLATFORM=offscreen "$convert" /usr/share/hunspell/en_GB.dic "$here/en-GB-10-1.bdic"
