#!/usr/bin/env bash
# Set up with the test extras and run the test suite. Gold-data tests read ../shared/data and skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/python -m pytest -q -m "not slow" "$@"
