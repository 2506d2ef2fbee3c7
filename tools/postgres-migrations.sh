#!/usr/bin/env bash
# Adds the PostgreSQL twin of a schema change: `tools/postgres-migrations.sh <Name>` adds a
# migration <Name> to each context (engine/Pathway.PostgreSql/Runtime, .../Measures) whose model
# has changed since its last PostgreSQL migration, so existing databases upgrade in place.
# Run it after adding the SQLite migration. Quartz's tables (Quartz/) are hand-written.
# Generating needs no database server.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/postgres-migrations.sh <MigrationName>}
project=engine/Pathway.PostgreSql
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
for pair in PathwayDbContext:Runtime MeasuresDbContext:Measures; do
  context=${pair%%:*} folder=${pair##*:}
  if dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project" --context "$context" >/dev/null 2>&1; then
    echo "$context: no change"
    continue
  fi
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
    --context "$context" --output-dir "$folder"
done
