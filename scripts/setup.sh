#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (run as root):
# poppler-utils (PDF tests read PDFs back with pdfinfo, pdffonts, pdftotext, pdftoppm),
# Debian's Chromium (benchmarks and browser checks; never a downloaded browser), liblouis-bin
# (lou_translate: Braille-ready files, UEB and Welsh grade 2 tables), default-jre-headless (the
# W3C Nu HTML Checker from the npm package vnu-jar), then npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(poppler-utils chromium liblouis-bin default-jre-headless)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Please install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm install, not npm ci: this registry lacks other platforms' optional compiler
# bindings for Astro 7, so no lockfile can list them all (README). Puppeteer (inside
# pa11y-ci) must never download a browser: Debian's Chromium is used.
PUPPETEER_SKIP_DOWNLOAD=true npm install --no-audit --no-fund
