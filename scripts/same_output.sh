#!/usr/bin/env bash
# Check that a refactor changed no output byte: run `examples/batch` over the PolNeAR texts
# (../shared/polnear-train/text), tests/dev, tests/data and tests/regressions, once with the
# working tree and once with a base revision, and compare the JSON lines byte for byte.
#
#   scripts/same_output.sh [BASE]        # BASE defaults to 74c42dd (the start of issue 12)
#
# The base's output is cached under target/same-output/<commit>/, so only the first run for a
# base builds it, in a temporary git worktree under target/same-output/ with a target directory of
# its own (target/same-output/target): cargo names a package's artifacts alike whatever its path,
# so a shared one could hand one checkout's build to the other. Nothing is written outside target/.
# Exit status: 0 when every output is identical, 1 when one differs, 2 on a usage or build error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
base_rev=${1:-74c42dd}
base=$(git rev-parse --verify --quiet "$base_rev^{commit}") || { echo "same_output: unknown revision $base_rev" >&2; exit 2; }
target="${CARGO_TARGET_DIR:-$root/target}"
cache="$root/target/same-output/$base"

inputs=(polnear:../shared/polnear-train/text dev:tests/dev data:tests/data regressions:tests/regressions)

# Build the `batch` example of the checkout in $1 (into target directory $2) and print the path
# of its executable.
build_batch() {
    (cd "$1" && CARGO_TARGET_DIR="$2" cargo build --quiet --release --example batch --message-format=json) |
        grep -o '"executable":"[^"]*/examples/batch"' | tail -n 1 | sed 's/^"executable":"//; s/"$//'
}

# Run the executable $1 (from checkout $2) over every input, writing NAME.jsonl into directory $3.
run_inputs() {
    mkdir -p "$3"
    for pair in "${inputs[@]}"; do
        local name=${pair%%:*} dir=${pair#*:}
        if [ ! -d "$root/$dir" ]; then
            echo "same_output: $dir is missing" >&2
            exit 2
        fi
        "$1" "$root/$dir" >"$3/$name.jsonl" 2>/dev/null
    done
}

if [ ! -f "$cache/done" ]; then
    echo "same_output: building the base $base_rev (${base:0:12}) once; its output is cached in $cache"
    tree="$root/target/same-output/tree-$base"
    rm -rf "$tree"
    git worktree prune
    git worktree add --quiet --detach "$tree" "$base"
    trap 'git -C "$root" worktree remove --force "$tree" 2>/dev/null || true' EXIT
    exe=$(build_batch "$tree" "$root/target/same-output/target")
    [ -x "$exe" ] || { echo "same_output: the base's batch example did not build" >&2; exit 2; }
    rm -rf "$cache"
    run_inputs "$exe" "$tree" "$cache"
    touch "$cache/done"
    git -C "$root" worktree remove --force "$tree"
    trap - EXIT
fi

exe=$(build_batch "$root" "$target")
[ -x "$exe" ] || { echo "same_output: the working tree's batch example did not build" >&2; exit 2; }
now="$root/target/same-output/now"
rm -rf "$now"
run_inputs "$exe" "$root" "$now"

status=0
for pair in "${inputs[@]}"; do
    name=${pair%%:*}
    if cmp -s "$cache/$name.jsonl" "$now/$name.jsonl"; then
        echo "identical  $name ($(wc -l <"$now/$name.jsonl") documents)"
    else
        status=1
        # The first document whose line differs, by id.
        line=$( (cmp "$cache/$name.jsonl" "$now/$name.jsonl" 2>&1 || true) | grep -o 'line [0-9]*' | head -n 1 | cut -d' ' -f2)
        id=$(sed -n "${line:-1}p" "$now/$name.jsonl" | grep -o '"id":[^,]*' | head -n 1 || true)
        echo "DIFFERENT  $name: first at line ${line:-?} ($id); diff $cache/$name.jsonl $now/$name.jsonl"
    fi
done
[ $status -eq 0 ] && echo "same_output: identical to $base_rev" || echo "same_output: output differs from $base_rev"
exit $status
