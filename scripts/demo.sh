#!/usr/bin/env bash
# Set up, ingest the bundled example articles into eventwire.db, and print their events.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
DB=${EVENTWIRE_DB:-eventwire.db}
.venv/bin/eventwire ingest examples/ --db "$DB"
.venv/bin/eventwire events --db "$DB"
