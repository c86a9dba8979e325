#!/usr/bin/env bash
# Provide the libtorch that tch 0.17 / rust-bert 0.23 expect (PyTorch 2.4.0) from PyPI, in a
# virtual environment at $CLAIMEX_VENV (default: <repo>/.venv), and print the environment
# exports that `cargo build/test --features bert` need.
#
# Usage:   eval "$(scripts/setup-libtorch.sh)"
#          cargo test --features bert
#
# Idempotent: when the environment already holds torch 2.4.0 it only prints the exports.
# OMP_WAIT_POLICY=PASSIVE stops libtorch's OpenMP threads from spinning: on a machine shared with
# other jobs, spinning threads made bert-base up to 10 times slower (1.0 instead of 9.6
# sentences/s at 2 threads on a 2-core machine under load).
# Progress goes to stderr; stdout carries only the `export` lines so `eval` is safe.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CLAIMEX_VENV:-$repo/.venv}"
want="2.4.0"
python="${PYTHON:-python3}"

have_torch() {
    [ -x "$venv/bin/python" ] &&
        "$venv/bin/python" -c "import torch, sys; sys.exit(0 if torch.__version__.split('+')[0] == '$want' else 1)" \
            >/dev/null 2>&1
}

if ! have_torch; then
    echo "setup-libtorch: installing torch==$want into $venv (about 5 GB, a minute or two)" >&2
    if [ ! -x "$venv/bin/python" ]; then
        "$python" -m venv "$venv" >&2
    fi
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "torch==$want" >&2
    have_torch || { echo "setup-libtorch: torch $want did not import from $venv" >&2; exit 1; }
fi

torch_lib="$("$venv/bin/python" -W ignore -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))')"
echo "setup-libtorch: using $torch_lib" >&2
cat <<OUT
export LIBTORCH_USE_PYTORCH=1
export PATH="$venv/bin:\$PATH"
export LD_LIBRARY_PATH="$torch_lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
export OMP_WAIT_POLICY="\${OMP_WAIT_POLICY:-PASSIVE}"
OUT
