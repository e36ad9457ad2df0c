#!/usr/bin/env bash
# Builds the comparison corpus once per analyzer (ContainerGuard, SonarAnalyzer.CSharp 9.32, SecurityCodeScan 5.6.7),
# collects each build's SARIF error log and prints the per-case table plus recall / false positives per tool.
# Usage: bench/AnalyzerComparison/run.sh [--no-build]   (results in bench/AnalyzerComparison/results/)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/results"
mkdir -p "$out"
if [[ "${1:-}" != "--no-build" ]]; then
  for tool in cg sonar scs; do
    echo "== building corpus with $tool" >&2
    rm -f "$out/$tool.sarif"
    # --no-incremental: the compiler must run (and write the log) every time. -m:1: the machine is shared.
    if ! dotnet build "$here/Corpus/Corpus.csproj" --no-incremental -m:1 -nologo -clp:NoSummary -v:q \
        -p:Tool="$tool" -p:ErrorLog="$out/$tool.sarif%2Cversion=2.1" >"$out/$tool.build.log" 2>&1; then
      echo "build with $tool FAILED; see $out/$tool.build.log:" >&2
      grep -E "error" "$out/$tool.build.log" | head -20 >&2 || true
    fi
  done
fi
python3 "$here/score.py" "$here/cases.tsv" "$out" | tee "$out/table.md"
