#!/bin/sh
# Seed the (git-ignored) fuzz corpora from the crate's own sample texts: whole files, and each
# paragraph of them as a file of its own (short inputs mutate faster). Run from the repository root.
set -eu
for target in extract_str extract_bytes stages; do
    dir="fuzz/corpus/$target"
    mkdir -p "$dir"
    for f in tests/data/idlib-summit.txt tests/dev/*.txt; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .txt)
        cp "$f" "$dir/$name.txt"
        awk -v dir="$dir" -v name="$name" 'BEGIN { RS = ""; n = 0 } { n++; print > (dir "/" name "-p" n ".txt") }' "$f"
    done
done
ls fuzz/corpus/*/ | wc -l
