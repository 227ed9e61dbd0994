# Sourced by scripts/start and scripts/test: makes sure everything CallCov needs is here.
# - Node.js 24 (from the npm registry's node@24 package into .tools/node when the machine's node is older)
# - Debian packages (ffmpeg, sox, flite, espeak-ng, pocketsphinx, chromium) when apt is available
# - npm dependencies
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$ROOT/.tools/node/node_modules/.bin/node" ]; then
  export PATH="$ROOT/.tools/node/node_modules/.bin:$PATH"
fi
if [ "$(node_major)" -lt 24 ]; then
  echo "callcov: installing Node.js 24 into .tools/node (machine has $(node --version 2>/dev/null || echo none))" >&2
  mkdir -p "$ROOT/.tools/node"
  npm install --prefix "$ROOT/.tools/node" --no-save --no-audit --no-fund node@24 >&2
  export PATH="$ROOT/.tools/node/node_modules/.bin:$PATH"
fi

DEB_PACKAGES="ffmpeg sox flite espeak-ng pocketsphinx pocketsphinx-en-us chromium openssl"
missing=""
for p in $DEB_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    echo "callcov: installing Debian packages:$missing" >&2
    { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing; } >&2 \
      || echo "callcov: warning: could not install$missing; tests needing them will say so" >&2
  else
    echo "callcov: warning: apt-get not found; missing Debian packages:$missing" >&2
  fi
fi

stamp="$ROOT/node_modules/.callcov-install-stamp"
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "callcov: installing npm dependencies" >&2
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund >&2; else npm install --no-audit --no-fund >&2; fi
  touch "$stamp"
fi
