#!/usr/bin/env bash
# `dotnet format analyzers` with the packed package on a multi-targeted library (samples/MultiTargetBot,
# net10.0;netstandard2.0): the EXK101 fixes must write the same text for both targets (no merge-conflict markers),
# fix every finding, and leave a project that builds. Works on a copy in a temporary folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ -n "${SECRETSANALYZERS_PACKAGE:-}" ] || pack_package >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$ROOT/samples/MultiTargetBot/." "$work/"
rm -rf "$work/bin" "$work/obj"
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="secretsanalyzers-local" value="$PACKAGES" />
  </packageSources>
</configuration>
XML
cat >"$work/Directory.Build.props" <<XML
<Project>
  <PropertyGroup>
    <SecretsAnalyzersVersion>$LOCAL_VERSION</SecretsAnalyzersVersion>
  </PropertyGroup>
</Project>
XML
log="$ARTIFACTS/check-format.log"
mkdir -p "$ARTIFACTS"
project="$work/MultiTargetBot.csproj"

echo "samples/MultiTargetBot (net10.0;netstandard2.0): dotnet format analyzers --diagnostics EXK101"
dotnet restore "$project" -nologo -v:q >"$log" 2>&1 || { echo "restore failed:"; tail -20 "$log"; exit 1; }
dotnet format analyzers "$project" --diagnostics EXK101 --severity info --no-restore -v:q >>"$log" 2>&1 \
  || { echo "dotnet format failed:"; tail -20 "$log"; exit 1; }

if grep -rnE '^[[:space:]]*(<<<<<<<|=======|>>>>>>>)' --include='*.cs' "$work"; then
  echo "dotnet format wrote merge-conflict markers: the fix text differs between target frameworks"; exit 1
fi
grep -q 'GetEnvironmentVariable("BINANCE_API_KEY")' "$work/BinanceGateway.cs" \
  || { echo "the header fix was not applied:"; cat "$work/BinanceGateway.cs"; exit 1; }
grep -q 'GetEnvironmentVariable("BINANCE_API_SECRET")' "$work/BinanceGateway.cs" \
  || { echo "the const fix was not applied:"; cat "$work/BinanceGateway.cs"; exit 1; }

dotnet build "$project" -nologo -v:q --no-restore >>"$log" 2>&1 || { echo "the fixed project does not build:"; grep -E "error" "$log" | head -20; exit 1; }
if grep -q "EXK101" "$log"; then echo "EXK101 still reported after the fix:"; grep "EXK101" "$log" | head -5; exit 1; fi
echo "samples/MultiTargetBot: fixed for both targets without conflict markers, builds, no EXK101 left"
