#!/usr/bin/env bash
# Regenerates the PostgreSQL migrations of both contexts from their current models, as one
# "Initial" migration each (engine/Pathway.PostgreSql/Runtime and .../Measures). Run it after
# any schema change has been added as a SQLite migration. Quartz's tables (Quartz/) are kept.
# Generating needs no database server.
set -euo pipefail
cd "$(dirname "$0")/.."
project=engine/Pathway.PostgreSql
dotnet tool restore >/dev/null
rm -rf "$project"/Runtime "$project"/Measures
dotnet build "$project" -v q -nologo >/dev/null
for pair in PathwayDbContext:Runtime MeasuresDbContext:Measures; do
  context=${pair%%:*} folder=${pair##*:}
  dotnet ef migrations add Initial --no-build --project "$project" --startup-project "$project" \
    --context "$context" --output-dir "$folder"
done
