#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh machine:
#   npm packages (the versions pinned in package-lock.json) and, with --browser, Debian's Chromium with CJK and emoji fonts
# (for readable screenshots) and nginx (the site tests).
# `npm install` rather than `npm ci`: Taro's native bindings list optional packages for other platforms
# (e.g. @tarojs/binding-darwin-arm64@4.2.1) that the registry reachable here does not serve, so they are
# absent from the lock file and `npm ci` refuses it as "out of sync"; `npm install` honours the lock.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
  fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
  command -v nginx >/dev/null 2>&1 || need+=(nginx)   # the site tests run deploy/nginx.conf for real
  command -v openssl >/dev/null 2>&1 || need+=(openssl)   # ... over HTTPS, with a certificate they make
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
