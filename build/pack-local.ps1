# Packs both packages from this clone into a local folder feed (Windows; build/pack-local.sh does the same on Linux
# and macOS): ContainerGuard (analyzers, code fixes, MSBuild task) and ContainerGuard.Tool (the containerguard command).
# Usage: pwsh build/pack-local.ps1 [-Output FOLDER]       (default: artifacts/packages in the repository)
# Each run packs a new prerelease version, <VersionPrefix>-local.<UTC time>.
param([string] $Output)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
if (-not $Output) { $Output = Join-Path $root 'artifacts/packages' }
New-Item -ItemType Directory -Force -Path $Output | Out-Null
$Output = (Resolve-Path $Output).Path
$prefix = ([xml](Get-Content (Join-Path $root 'build/Version.props'))).Project.PropertyGroup.VersionPrefix
$version = if ($env:CONTAINERGUARD_VERSION) { $env:CONTAINERGUARD_VERSION } else { "$prefix-local.$((Get-Date).ToUniversalTime().ToString('yyyyMMddHHmmss'))" }
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'
$env:MSBUILDDISABLENODEREUSE = '1'; $env:DOTNET_CLI_USE_MSBUILD_SERVER = '0'
foreach ($project in 'src/ContainerGuard.Package', 'src/ContainerGuard.Cli') {
    Write-Host "== dotnet pack $project ($version)"
    dotnet pack (Join-Path $root $project) -c Release -o $Output "-p:Version=$version" -nodeReuse:false --tl:off -v:m
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
Write-Host ""
Write-Host "Packed ContainerGuard $version and ContainerGuard.Tool $version into $Output"
Write-Host "  nuget.config  <add key=""containerguard-local"" value=""$Output"" />"
Write-Host "  project       <PackageReference Include=""ContainerGuard"" Version=""$prefix-*"" PrivateAssets=""all"" />"
Write-Host "  tool          dotnet tool install --global ContainerGuard.Tool --prerelease --add-source ""$Output"""
