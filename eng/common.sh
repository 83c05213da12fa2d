#!/usr/bin/env bash
# Shared by eng/*.sh: repo root, pack, and a sample build against the packed package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS="$ROOT/artifacts"
PACKAGES="$ARTIFACTS/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Packs src/SecretsAnalyzers.Package into artifacts/packages and evicts any cached copy of the same version,
# so that the samples restore the package just built (NuGet caches packages by id and version).
pack_package() {
  mkdir -p "$PACKAGES"
  rm -f "$PACKAGES"/SecretsAnalyzers.*.nupkg
  dotnet pack "$ROOT/src/SecretsAnalyzers.Package/SecretsAnalyzers.Package.csproj" -c Release -o "$PACKAGES" -v:q -nologo >/dev/null
  local cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
  rm -rf "$cache/secretsanalyzers"
  ls "$PACKAGES"/SecretsAnalyzers.*.nupkg
}

# build_sample <project dir> <log file> [extra msbuild args...]: restores and builds a sample from scratch.
build_sample() {
  local project="$1" log="$2"; shift 2
  rm -rf "$project/bin" "$project/obj"
  dotnet build "$project" -c Release -nologo -v:m --no-incremental -p:TreatWarningsAsErrors=false "$@" >"$log" 2>&1 || return $?
}
