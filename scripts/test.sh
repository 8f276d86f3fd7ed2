#!/usr/bin/env bash
# Set up with the test extras and run every test, gold-data floors included (about 3 minutes on two cores).
# Gold-data tests read ../shared/data and skip, saying why, where it is absent. Pass -m "not slow" for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/python -m pytest -q "$@"
