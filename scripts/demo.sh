#!/usr/bin/env bash
# README command 1: install into a local virtual environment and run the demo on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q -e . >/dev/null
.venv/bin/dyadscope demo --out "${1:-demo-out}"
