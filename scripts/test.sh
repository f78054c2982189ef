#!/usr/bin/env bash
# Installs what the tests need and runs them: the README's test command, and what CI runs.
#  - Debian packages: chromium (the web page's end-to-end test) and redis-server (the queue
#    tests start their own on a private port). Installed with apt-get when missing (needs root).
#  - npm ci (its prepare step builds the project), then npm test.
#  - node-llama-cpp for the llama back-end's tests: optional and kept out of package.json (its CUDA
#    builds make it ~700 MB), so it is installed here alone with its CPU binary (~80 MB, from the
#    npm registry) into .cache/llama and linked into node_modules. Elsewhere than linux-x64 those
#    tests say they were skipped and why.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} with apt-get" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] && [ ! -e node_modules/node-llama-cpp ]; then
  [ -e .cache/llama/node_modules/node-llama-cpp ] || npm install --no-audit --no-fund --no-save --omit=optional \
    --prefix .cache/llama node-llama-cpp@3.21.1 @node-llama-cpp/linux-x64@3.21.1
  ln -s ../.cache/llama/node_modules/node-llama-cpp node_modules/node-llama-cpp
fi
npm test
