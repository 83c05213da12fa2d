#!/usr/bin/env bash
# Shared by eng/*.sh: repo root, pack, and a sample build against the packed package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS="$ROOT/artifacts"
PACKAGES="$ARTIFACTS/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# NuGet caches packages by id and version, so each pack gets a version of its own (the release version plus a
# local suffix): the samples then restore exactly the package just built, even while another clone packs too.
BASE_VERSION="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$ROOT/Directory.Build.props" | head -n 1)"
LOCAL_VERSION="${SECRETSANALYZERS_LOCAL_VERSION:-$BASE_VERSION-local.$(date +%Y%m%d%H%M%S).$$}"
export SECRETSANALYZERS_LOCAL_VERSION="$LOCAL_VERSION"

# Packs src/SecretsAnalyzers.Package into artifacts/packages as $LOCAL_VERSION and prints the .nupkg path.
pack_package() {
  mkdir -p "$PACKAGES"
  rm -f "$PACKAGES"/SecretsAnalyzers.[0-9]*.nupkg
  dotnet pack "$ROOT/src/SecretsAnalyzers.Package/SecretsAnalyzers.Package.csproj" -c Release -o "$PACKAGES" -v:q -nologo \
    -p:PackageVersion="$LOCAL_VERSION" >/dev/null
  ls "$PACKAGES"/SecretsAnalyzers.[0-9]*.nupkg
}

# Packs the secrets-scan tool (src/SecretsAnalyzers.Cli) into artifacts/packages as $LOCAL_VERSION and prints the .nupkg path.
# Install it with: dotnet tool install --tool-path <dir> SecretsAnalyzers.Cli --add-source artifacts/packages --version <that version>
pack_tool() {
  mkdir -p "$PACKAGES"
  rm -f "$PACKAGES"/SecretsAnalyzers.Cli.*.nupkg
  dotnet pack "$ROOT/src/SecretsAnalyzers.Cli/SecretsAnalyzers.Cli.csproj" -c Release -o "$PACKAGES" -v:q -nologo \
    -p:PackageVersion="$LOCAL_VERSION" >/dev/null
  ls "$PACKAGES"/SecretsAnalyzers.Cli.*.nupkg
}

# build_sample <project dir> <log file> [extra msbuild args...]: restores and builds a sample from scratch.
build_sample() {
  local project="$1" log="$2"; shift 2
  rm -rf "$project/bin" "$project/obj"
  dotnet build "$project" -c Release -nologo -v:m --no-incremental -p:TreatWarningsAsErrors=false \
    -p:SecretsAnalyzersVersion="$LOCAL_VERSION" "$@" >"$log" 2>&1 || return $?
}
