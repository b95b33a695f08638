#!/usr/bin/env bash
# Set everything up, then clean the bundled samples into ./cleaned and show what came out.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/cleaner clean samples/ -o cleaned/
echo
echo "== cleaned/003_c9127f5d8705b163.txt"
cat cleaned/003_c9127f5d8705b163.txt
echo "== what was removed, by rule"
.venv/bin/python - <<'PY'
import json, pathlib
for path in sorted(pathlib.Path("cleaned").glob("*.json")):
    record = json.loads(path.read_text())
    print(f"{path.stem}: title={record['title']!r} author={record['author']!r} date={record['date']!r} "
          f"words {record['words_in']} -> {record['words_out']}, {len(record['removed'])} lines removed")
PY
