#!/usr/bin/env bash
# Runs every notebook headless with Debian's Python (not whatever python3 is first on PATH) and
# checks that each ran fully and produced its charts. Options: see `run_notebooks.sh --help`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${SKILLSCOPE_NB_PYTHON:-/usr/bin/python3}"
if [[ ! -x "$py" ]]; then
  echo "run_notebooks: $py not found; install Debian's python3 and" \
       "jupyter-nbconvert jupyter-client python3-ipykernel python3-pandas python3-matplotlib" >&2
  exit 2
fi
exec "$py" "$here/run_notebooks.py" "$@"
