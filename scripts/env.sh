# Sourced by the other scripts: the PATH and settings every build and test step shares.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# node_modules/.bin first, so trunk finds npm's wasm-opt (binaryen 132), never Debian's, which
# builds a page that stays blank (shared/TOOLCHAIN.md).
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
# The versions the set-up step installs; WASM_BINDGEN_VERSION must equal the crate pin in Cargo.toml.
export WASM_BINDGEN_VERSION=0.2.130
export TRUNK_VERSION=0.21.14
