#!/usr/bin/env bash
# The browser journeys run in Debian's Chromium (playwright-core drives it; no browser is downloaded).
# Installs it when missing and this user may; otherwise says what to do. HEARTH_CHROMIUM names another one.
set -euo pipefail
browser="${HEARTH_CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $browser: run 'sudo apt-get install chromium' or set HEARTH_CHROMIUM." >&2
exit 1
