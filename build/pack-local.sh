#!/usr/bin/env bash
# Packs both packages from this clone into a local folder feed:
#   ContainerGuard        analyzers, code fixes and the MSBuild task (a development dependency)
#   ContainerGuard.Tool   the containerguard command (a dotnet tool)
# Usage: build/pack-local.sh [FOLDER]        (default: artifacts/packages in the repository)
# Each run packs a new prerelease version, <VersionPrefix>-local.<UTC time>, so `Version="0.1.0-*"` and
# `dotnet tool install --prerelease` pick the newest pack and NuGet's cache never serves an old one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/packages}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/build/Version.props")"
version="${CONTAINERGUARD_VERSION:-$prefix-local.$(date -u +%Y%m%d%H%M%S)}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No build servers or reused MSBuild nodes left behind holding the task assembly.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

for project in src/ContainerGuard.Package src/ContainerGuard.Cli; do
  echo "== dotnet pack $project ($version)"
  dotnet pack "$root/$project" -c Release -o "$out" -p:Version="$version" -nodeReuse:false --tl:off -v:m < /dev/null
done

cat <<MSG

Packed ContainerGuard $version and ContainerGuard.Tool $version into
  $out

Consume them (README.md, "Install from a clone"):
  nuget.config       <add key="containerguard-local" value="$out" />
  project            <PackageReference Include="ContainerGuard" Version="$prefix-*" PrivateAssets="all" />
  tool               dotnet tool install --global ContainerGuard.Tool --prerelease --add-source "$out"
MSG
