#!/usr/bin/env bash
# Installs everything the site and its tests need on a fresh Debian machine:
# the npm packages (Node 24 comes with them, as a devDependency) and Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the browser tests..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
# npm ci refuses Astro 7's lockfile here (other platforms' compiler bindings are missing from the
# registry); npm install follows package-lock.json all the same.
npm install --no-audit --no-fund
