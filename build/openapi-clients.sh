#!/usr/bin/env bash
# Generates the clients front-end teams and integrators use from the committed contract docs/openapi/v1.json,
# and proves they compile: TypeScript types (openapi-typescript) checked by tsc against typescript/check.ts,
# and a C# client (NSwag) built with build/clients/csharp/ClientCheck.csproj. Output: build/clients/out/ (git-ignored).
# Tool versions are pinned in build/clients/package-lock.json. Exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="$root/build/clients"
spec="$root/docs/openapi/v1.json"
out="$clients/out"

if [[ ! -f "$spec" ]]; then
  echo "openapi-clients: $spec is missing (building src/Host/SocialErp.Host writes it)." >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$out/typescript" "$out/csharp"
cd "$clients"

echo "==> npm ci (openapi-typescript, nswag, typescript)"
npm ci --no-audit --no-fund --loglevel=error

echo "==> TypeScript types: openapi-typescript"
npx --no-install openapi-typescript "$spec" --output "$out/typescript/socialerp-api.ts"
echo "==> TypeScript check: tsc --noEmit typescript/check.ts"
npx --no-install tsc --noEmit --project typescript/tsconfig.json

echo "==> C# client: nswag openapi2csclient"
npx --no-install nswag openapi2csclient /runtime:Net100 \
  "/input:$spec" \
  "/output:$out/csharp/SocialErpClient.cs" \
  /namespace:SocialErp.Client \
  /className:SocialErpClient \
  /operationGenerationMode:SingleClientFromOperationId \
  /exceptionClass:SocialErpApiException \
  /useBaseUrl:false \
  /generateClientInterfaces:true \
  /generateNullableReferenceTypes:true \
  /generateOptionalPropertiesAsNullable:true \
  /jsonLibrary:SystemTextJson \
  /dateType:System.DateOnly \
  /dateTimeType:System.DateTimeOffset \
  /arrayType:System.Collections.Generic.ICollection \
  /dictionaryType:System.Collections.Generic.IDictionary
echo "==> C# check: dotnet build csharp/ClientCheck.csproj"
dotnet build csharp/ClientCheck.csproj --nologo --verbosity quiet "-p:BaseOutputPath=$out/csharp/bin/" "-p:BaseIntermediateOutputPath=$out/csharp/obj/"

echo "==> Generated from $spec"
for file in "$out/typescript/socialerp-api.ts" "$out/csharp/SocialErpClient.cs"; do
  printf '  %s (%s lines)\n' "${file#"$root/"}" "$(wc -l < "$file")"
done
node -e '
  const d = require(process.argv[1]);
  const operations = Object.values(d.paths).flatMap(p => Object.keys(p)).length;
  console.log(`  ${operations} operations, ${Object.keys(d.components.schemas).length} schemas`);' "$spec"
echo "openapi-clients: OK"
