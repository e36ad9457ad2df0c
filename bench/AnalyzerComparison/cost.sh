#!/usr/bin/env bash
# Analyzer cost: compiles an existing C# source tree with no analyzer package, with ContainerGuard's analyzers and with
# SonarAnalyzer.CSharp 9.32 (and SecurityCodeScan with TOOLS="none cg sonar scs"), each with -p:ReportAnalyzer=true,
# and prints the compiler's own numbers: the Csc task time (-clp:PerformanceSummary) and the per-analyzer-assembly
# time from "Total analyzer execution time".
#
# Usage: bench/AnalyzerComparison/cost.sh [SOURCE_DIR ...]
#   SOURCE_DIR: a folder of C# sources that compiles on its own for net10.0 (default: src/ContainerGuard.Core).
#   Env: RUNS (measured builds per tool, default 2; the median is printed), TOOLS (default "none cg sonar"),
#        NET_ANALYZERS=true to keep the SDK's default CA analyzers on in every variant (default: off).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$here/results/cost"
mkdir -p "$out"
runs="${RUNS:-2}"
tools="${TOOLS:-none cg sonar}"
net="${NET_ANALYZERS:-false}"
if [[ $# -eq 0 ]]; then set -- "$repo/src/ContainerGuard.Core"; fi
project="$here/Cost/Cost.csproj"

for sources in "$@"; do
  sources="$(cd "$sources" && pwd)"
  name="$(basename "$sources")"
  files=$(find "$sources" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' | wc -l)
  bytes=$(find "$sources" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0 | xargs -0 cat | wc -c)
  echo "## $name: $files C# files, $((bytes / 1024)) KiB (SDK CA analyzers: $net)"
  echo
  echo "| tool | Csc task (ms, median of $runs) | total analyzer time (s) | this tool's analyzers (s) | share of Csc time |"
  echo "|---|---|---|---|---|"
  for tool in $tools; do
    # First build: restore and build the analyzer projects; not measured.
    dotnet build "$project" -m:1 -nologo -v:q -p:Tool="$tool" -p:CostSources="$sources" -p:CostNetAnalyzers="$net" >"$out/$name.$tool.warmup.log" 2>&1 \
      || { echo "| $tool | build failed: see $out/$name.$tool.warmup.log | | | |"; continue; }
    cscs=(); totals=(); owns=()
    for i in $(seq 1 "$runs"); do
      log="$out/$name.$tool.net-$net.$i.log"
      # Rebuild only this project (references stay built), with the compiler's analyzer report.
      dotnet build "$project" --no-incremental -m:1 -nologo -v:d -clp:PerformanceSummary \
        -p:BuildProjectReferences=false -p:Tool="$tool" -p:CostSources="$sources" -p:CostNetAnalyzers="$net" -p:ReportAnalyzer=true >"$log" 2>&1 \
        || { echo "| $tool | build $i failed: see $log | | | |"; continue 2; }
      csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | tail -1 | awk '{print $1}' || true)
      total=$(grep -E 'Total analyzer execution time:' "$log" | tail -1 | sed -E 's/.*time: ([0-9.]+) seconds.*/\1/' || true)
      case "$tool" in
        cg) pattern='ContainerGuard.Analyzers, Version' ;;
        sonar) pattern='SonarAnalyzer.CSharp, Version' ;;
        scs) pattern='SecurityCodeScan.VS2019, Version' ;;
        *) pattern='^$' ;;
      esac
      own=$({ grep -E "^\s+[0-9.]+\s+(<1|[0-9]+)\s+$pattern" "$log" || true; } | awk '{s += $1} END {printf "%.3f", s + 0}')
      cscs+=("${csc:-0}"); totals+=("${total:-0}"); owns+=("$own")
    done
    median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
    csc=$(median "${cscs[@]}"); total=$(median "${totals[@]}"); own=$(median "${owns[@]}")
    share=$(awk -v o="$own" -v c="$csc" 'BEGIN { if (c > 0) printf "%.1f%%", 100 * o * 1000 / c; else print "-" }')
    echo "| $tool | $csc (runs: ${cscs[*]}) | $total | $own | $share |"
  done
  echo
done
