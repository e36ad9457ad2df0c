#!/usr/bin/env bash
# CI, as .ci/run calls it: the README's test command on a clean checkout, then the README's install route from a fresh
# clone (build/walkthrough.sh). Runs as root with no standard input.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Build servers and reused MSBuild nodes would outlive this script and hold the task assembly.
export MSBUILDDISABLENODEREUSE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0

echo "== environment"
dotnet --version
if [ -d ../shared/corpus ]; then echo "corpus: $(cd ../shared/corpus && pwd)"; else echo "corpus: absent (corpus tests will skip)"; fi

# The NativeAOT tool package test needs a native toolchain; without one it skips with a message.
echo "== native toolchain (NativeAOT tool package test)"
mkdir -p artifacts
if ! command -v clang >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (timeout 600 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq clang lld zlib1g-dev) \
    > artifacts/apt.log 2>&1 || echo "clang could not be installed (see artifacts/apt.log): that test will skip"
fi
if command -v clang >/dev/null 2>&1; then clang --version | head -n 1; else echo "clang: absent"; fi

echo "== dotnet test Analyzers.sln"
status=0
dotnet test Analyzers.sln --logger "trx;LogFilePrefix=ci" --results-directory artifacts/test-results < /dev/null || status=$?
python3 build/test-summary.py artifacts/test-results || true

echo "== fresh-clone walk-through (README only, empty package cache)"
walk=0
timeout 1500 build/walkthrough.sh < /dev/null > artifacts/walkthrough.log 2>&1 || walk=$?
tail -n 5 artifacts/walkthrough.log
if [ "$walk" != "0" ]; then echo "walkthrough failed ($walk): see artifacts/walkthrough.log"; status=1; fi
exit $status
