#!/usr/bin/env bash
# The README's "Install from a clone" route, followed as a newcomer would: a fresh clone of this repository, an empty
# NuGet cache, and only the commands the README gives (read from its <!-- walkthrough:NAME --> code blocks, so the
# README cannot drift from what is tested). Then a new ASP.NET Core project with a Dockerfile: the build must show
# ContainerGuard's findings, and the installed tool must scan it.
# Usage: build/walkthrough.sh              (KEEP=1 keeps the temporary folder for a look afterwards)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cg-walkthrough.XXXXXX")"
if [ "${KEEP:-0}" != "1" ]; then trap 'rm -rf "$work"' EXIT; fi
start=$(date +%s)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
# An empty package cache: everything is restored as on a newcomer's machine.
export NUGET_PACKAGES="$work/nuget-packages" NUGET_HTTP_CACHE_PATH="$work/nuget-http-cache"

fail() { echo "walkthrough FAILED: $*" >&2; exit 1; }

echo "== fresh clone of $(git -C "$repo" rev-parse --short HEAD) into $work/containerguard"
git clone --quiet --no-hardlinks "$repo" "$work/containerguard"
clone="$work/containerguard"
readme="$clone/README.md"

# The fenced code block after <!-- walkthrough:NAME --> in the clone's README.
block() {
  awk -v marker="<!-- walkthrough:$1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$readme"
}
for name in pack nuget-config package-reference tool-install scan; do
  [ -n "$(block "$name")" ] || fail "README.md has no <!-- walkthrough:$name --> code block"
done

echo "== pack, as the README says"
(cd "$clone" && bash -euo pipefail -c "$(block pack)") < /dev/null
feed="$clone/artifacts/packages"
ls "$feed"/ContainerGuard.*.nupkg > /dev/null 2>&1 || fail "no ContainerGuard package in $feed"
ls "$feed"/ContainerGuard.Tool.*.nupkg > /dev/null 2>&1 || fail "no ContainerGuard.Tool package in $feed"
placeholder='/path/to/containerguard/artifacts/packages'

echo "== a new ASP.NET Core project that consumes them"
app="$work/app"
dotnet new web -o "$app" --name WalkthroughApp < /dev/null > "$work/new.log" 2>&1 || { cat "$work/new.log"; fail "dotnet new web"; }
block nuget-config | sed "s#$placeholder#$feed#g" > "$app/nuget.config"
reference="$(block package-reference)"
python3 - "$app/WalkthroughApp.csproj" "$reference" <<'PY'
import sys
path, reference = sys.argv[1], sys.argv[2]
text = open(path).read()
open(path, "w").write(text.replace("</Project>", reference + "\n</Project>", 1))
PY
printf 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\nCMD ["./app"]\n' > "$app/Dockerfile"

echo "== dotnet build: the findings must show"
if ! (cd "$app" && dotnet build -nodeReuse:false --tl:off -v:m < /dev/null > "$work/build.log" 2>&1); then
  cat "$work/build.log"; fail "dotnet build of the new project"
fi
grep -E 'Dockerfile\(1,6,1,19\): warning CG4001: ' "$work/build.log" || { cat "$work/build.log"; fail "the build did not report CG4001"; }

echo "== the tool, as the README installs it"
install="$(block tool-install | sed "s#$placeholder#$feed#g; s#--global#--tool-path $work/tools#")"
bash -euo pipefail -c "$install" < /dev/null
scan="$(block scan | sed "s#^containerguard #$work/tools/containerguard #")"
status=0
(cd "$app" && bash -euo pipefail -c "$scan") < /dev/null > "$work/scan.log" 2>&1 || status=$?
cat "$work/scan.log"
[ "$status" = "1" ] || fail "containerguard scan exited $status, expected 1 (findings)"
grep -E '^Dockerfile\(1,6,1,19\): warning CG4001: ' "$work/scan.log" > /dev/null || fail "the tool did not report CG4001"

echo "walkthrough passed in $(( $(date +%s) - start )) s"
