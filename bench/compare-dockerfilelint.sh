#!/usr/bin/env bash
# Whole-process speed of `containerguard scan` against dockerfilelint (npm) on the corpus Dockerfiles.
#
#   bench/compare-dockerfilelint.sh            # RUNS=5 timed runs each; AOT=auto (native build if clang is present)
#   RUNS=20 PER_FILE_SAMPLE=20 bench/compare-dockerfilelint.sh      # the figures docs/benchmarks.md quotes
#   RUNS=10 AOT=no bench/compare-dockerfilelint.sh
#
# Installs dockerfilelint into artifacts/bench-tools (ignored by git) if missing, publishes the CLI in Release
# (framework-dependent, and NativeAOT when clang/lld are installed: apt-get install clang lld zlib1g-dev),
# counts files each tool crashes on, then times with hyperfine if installed (apt-get install hyperfine), else with
# a bash loop (wall and CPU from bash's `time`). Two measures against one process of containerguard over all files
# (`scan --format sarif --output /dev/null`, the costliest report):
#   - CLI mode: dockerfilelint's command line over the files it survives (it stops at its first crash and spends
#     much of its time formatting its report);
#   - library mode: dockerfilelint's `run` called per file in one Node process (bench/dockerfilelint-library.js),
#     all files, its crash caught: no report formatting, the fairer measure.
# Wall time needs a quiet machine; CPU time (user+sys) is printed beside it. Results: artifacts/bench-compare/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus_root=${CONTAINERGUARD_CORPUS:-$repo/../shared/corpus}
if [ -z "${CONTAINERGUARD_CORPUS:-}" ] && [ ! -d "$corpus_root" ]; then
  # In a git worktree the corpus sits beside the main checkout, not beside the worktree.
  common=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  [ -n "$common" ] && corpus_root=$(dirname "$common")/../shared/corpus
fi
corpus=$corpus_root/dockerfiles
tools=$repo/artifacts/bench-tools
work=$repo/artifacts/bench-compare
runs=${RUNS:-5}
aot=${AOT:-auto}
per_file_sample=${PER_FILE_SAMPLE:-50}

[ -d "$corpus" ] || { echo "corpus not found: $corpus (set CONTAINERGUARD_CORPUS)" >&2; exit 2; }
command -v node >/dev/null || { echo "node and npm are required" >&2; exit 2; }
mkdir -p "$tools" "$work"

# --- dockerfilelint -------------------------------------------------------------------------------
if [ ! -x "$tools/node_modules/.bin/dockerfilelint" ]; then
  echo "# installing dockerfilelint into $tools"
  (cd "$tools" && npm install --no-audit --no-fund --silent dockerfilelint >/dev/null)
fi
dfl_version=$(node -p "require('$tools/node_modules/dockerfilelint/package.json').version")
dfl="node $tools/node_modules/dockerfilelint/bin/dockerfilelint"

# --- containerguard -------------------------------------------------------------------------------
# PUBLISH=no reuses the builds of an earlier run in $work (cli/, cli-aot/).
cg_jit="$work/cli/containerguard"
cg_aot=""
if [ "${PUBLISH:-yes}" = "no" ] && [ -x "$cg_jit" ]; then
  echo "# reusing the published builds in $work"
  [ "$aot" != "no" ] && [ -x "$work/cli-aot/containerguard" ] && cg_aot="$work/cli-aot/containerguard"
else
  echo "# publishing containerguard (Release)"
  dotnet publish "$repo/src/ContainerGuard.Cli" -c Release -o "$work/cli" -p:UseAppHost=true --nologo -v quiet >/dev/null
  if [ "$aot" != "no" ] && command -v clang >/dev/null; then
    echo "# publishing containerguard (NativeAOT, linux-x64)"
    if dotnet publish "$repo/src/ContainerGuard.Cli" -c Release -r linux-x64 -p:ContainerGuardNativeAot=true \
         -o "$work/cli-aot" --nologo -v quiet >/dev/null; then
      cg_aot="$work/cli-aot/containerguard"
    else
      echo "# NativeAOT publish failed; timing the framework-dependent build only" >&2
    fi
  fi
fi

# --- the files: the same Dockerfiles `scan` discovers --------------------------------------------
find "$corpus" -type f \( -iname Dockerfile -o -iname '*.Dockerfile' -o -iname 'Dockerfile.*' -o -iname Containerfile \) \
  | LC_ALL=C sort > "$work/files.txt"
total=$(wc -l < "$work/files.txt")
if grep -q ' ' "$work/files.txt"; then echo "paths with spaces are not supported by this script" >&2; exit 2; fi

# --- crashes --------------------------------------------------------------------------------------
echo "# crash survey"
DOCKERFILELINT_HOME=$tools node "$repo/bench/dockerfilelint-survey.js" "$work/dfl-ok.txt" < "$work/files.txt" | tee "$work/dfl-crashes.txt"
dfl_crashes=$(grep -c '^crashed ' "$work/dfl-crashes.txt" || true)
dfl_ok=$(wc -l < "$work/dfl-ok.txt")

cg_probe=${cg_aot:-$cg_jit}
set +e
"$cg_probe" scan --format json $(cat "$work/files.txt") > "$work/cg.json" 2> "$work/cg.stderr"
cg_exit=$?
set -e
[ "$cg_exit" -le 1 ] || { echo "containerguard failed (exit $cg_exit):" >&2; cat "$work/cg.stderr" >&2; exit 1; }
cg_not_checked=$(node -e "
  const r = JSON.parse(require('fs').readFileSync('$work/cg.json', 'utf8'));
  const files = new Set(r.findings.filter(f => f.ruleId.startsWith('CG9')).map(f => f.path));
  console.log(files.size);")
cg_findings=$(node -p "JSON.parse(require('fs').readFileSync('$work/cg.json', 'utf8')).findings.length")
echo "containerguard: $total files, $cg_not_checked with a CG9xxx finding (crash, unreadable or unparsable), $cg_findings findings"

# --- timing ---------------------------------------------------------------------------------------
# dockerfilelint's command line stops at its first crash, so it is timed on the files it survives; its library run and
# containerguard on all of them.
cg_best=${cg_aot:-$cg_jit}
cg_build=$([ -n "$cg_aot" ] && echo NativeAOT || echo JIT)
dfl_all="$dfl -j \$(cat $work/dfl-ok.txt) > /dev/null 2>&1"
dfl_lib="DOCKERFILELINT_HOME=$tools node $repo/bench/dockerfilelint-library.js $work/files.txt > /dev/null 2>&1"
cg_jit_all="$cg_jit scan --format sarif --output /dev/null \$(cat $work/files.txt) > /dev/null 2>&1"
cg_aot_all="$cg_aot scan --format sarif --output /dev/null \$(cat $work/files.txt) > /dev/null 2>&1"
head -n "$per_file_sample" "$work/dfl-ok.txt" > "$work/sample.txt"
dfl_each="for f in \$(cat $work/sample.txt); do $dfl -j \$f > /dev/null 2>&1; done"
cg_each="for f in \$(cat $work/sample.txt); do $cg_best scan \$f > /dev/null 2>&1; done"
DOCKERFILELINT_HOME=$tools node "$repo/bench/dockerfilelint-library.js" "$work/files.txt" | tee "$work/dfl-library.txt"

# Indexes into names/commands used by the summary.
names=("dockerfilelint $dfl_version CLI, one process, $dfl_ok files (-j)" "dockerfilelint $dfl_version library, one process, $total files (crash caught)")
commands=("$dfl_all" "$dfl_lib")
i_dfl_cli=0 i_dfl_lib=1
names+=("containerguard (JIT), one process, $total files (sarif to /dev/null)"); commands+=("$cg_jit_all")
i_cg=2
if [ -n "$cg_aot" ]; then
  names+=("containerguard (NativeAOT), one process, $total files (sarif to /dev/null)"); commands+=("$cg_aot_all")
  i_cg=3
fi
names+=("dockerfilelint CLI, one process per file, $per_file_sample files" "containerguard ($cg_build), one process per file, $per_file_sample files")
commands+=("$dfl_each" "$cg_each")
i_dfl_each=$(( ${#names[@]} - 2 )) i_cg_each=$(( ${#names[@]} - 1 ))

echo "# timing ($runs runs each)"
declare -a means cpus
if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  hyperfine --shell bash -i --warmup 1 --runs "$runs" --export-json "$work/timing.json" --export-markdown "$work/timing.md" "${args[@]}"
  mapfile -t means < <(node -e "for (const r of JSON.parse(require('fs').readFileSync('$work/timing.json','utf8')).results) console.log(r.mean.toFixed(4))")
  # CPU time (user + system) is steadier than wall time on a shared machine.
  mapfile -t cpus < <(node -e "for (const r of JSON.parse(require('fs').readFileSync('$work/timing.json','utf8')).results) console.log((r.user + r.system).toFixed(4))")
else
  for i in "${!commands[@]}"; do
    bash -c "${commands[$i]}" || true   # warm-up
    : > "$work/times.$i"
    for ((r = 0; r < runs; r++)); do
      # bash's `time`: wall, user and system seconds of the command and its children.
      { TIMEFORMAT='%R %U %S'; time bash -c "${commands[$i]}" || true; } 2>> "$work/times.$i"
    done
    means+=("$(awk '{ s += $1 } END { printf "%.4f", s / NR }' "$work/times.$i")")
    cpus+=("$(awk '{ s += $2 + $3 } END { printf "%.4f", s / NR }' "$work/times.$i")")
    echo "${names[$i]}: ${means[$i]} s wall, ${cpus[$i]} s CPU (mean of $runs)"
  done
fi

# --- summary --------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(uname -sm), load average $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs"
  echo "crashes: dockerfilelint $dfl_crashes of $total files; containerguard $cg_not_checked of $total files with CG9xxx"
  echo "problems found: $(cat "$work/dfl-library.txt"); containerguard: $cg_findings findings"
  for i in "${!names[@]}"; do
    echo "${names[$i]}: ${means[$i]} s wall, ${cpus[$i]} s CPU (user+sys)"
  done
  echo "speed-up, library mode (dockerfilelint's run() in one process vs containerguard $cg_build): $(ratio "${means[$i_dfl_lib]}" "${means[$i_cg]}") wall, $(ratio "${cpus[$i_dfl_lib]}" "${cpus[$i_cg]}") CPU"
  echo "speed-up, CLI mode (dockerfilelint's command line vs containerguard $cg_build): $(ratio "${means[$i_dfl_cli]}" "${means[$i_cg]}") wall, $(ratio "${cpus[$i_dfl_cli]}" "${cpus[$i_cg]}") CPU"
  echo "speed-up, one process per file: $(ratio "${means[$i_dfl_each]}" "${means[$i_cg_each]}") wall, $(ratio "${cpus[$i_dfl_each]}" "${cpus[$i_cg_each]}") CPU"
  echo "containerguard throughput (one process, all files): $(awk -v n="$total" -v t="${means[$i_cg]}" 'BEGIN { printf "%.0f files/s", n / t }')"
} | tee "$work/summary.txt"
