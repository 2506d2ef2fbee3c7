#!/usr/bin/env bash
# The failover test: PostgreSQL and three host processes (ports 5181-5183) on one database.
# Referrals, timer cases and task completions are driven across all three while one node at a
# time is killed with SIGKILL at random moments and restarted. At the end, read straight from the database:
#   every acknowledged referral's case exists exactly once, with its referral.recorded journal
#   line exactly once; every acknowledged timer case (a 5 s timer) fired its timer exactly once; no timer fired twice; no timer due in the run is left unfired; no running
#   case is stuck without a bookmark; every acknowledged task completion (and every one whose
#   answer was lost to a kill) is journalled exactly once, none twice; no request got a 500.
#   Prints the counts; exit 1 on failure.
# Usage: tools/failover/run.sh [referrals=60] [kills=4]   (builds the host in Release if it is not; CONFIGURATION=Debug to use that build)
set -euo pipefail
cd "$(dirname "$0")/../.."
referrals=${1:-60} kills=${2:-4}
command -v python3 >/dev/null || (export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q python3)
work=$(mktemp -d) && chmod 755 "$work"
configuration=${CONFIGURATION:-Release}
host_dll=$PWD/designer-host/bin/$configuration/net10.0/Pathway.DesignerHost.dll
[ -f "$host_dll" ] || dotnet build designer-host -c "$configuration" -v q -nologo >/dev/null
server=$(tools/postgres-cluster.sh start "$work/pg" 55183)
declare -A pids
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; tools/postgres-cluster.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
psql_q() { psql "host=127.0.0.1 port=55183 user=postgres dbname=pathway" -tAc "$1"; }
psql "host=127.0.0.1 port=55183 user=postgres" -qc "CREATE DATABASE pathway"
cs="${server/Database=postgres/Database=pathway}"

start_node() {
  local n=$1
  (cd designer-host && ASPNETCORE_ENVIRONMENT=Development Database__Provider=PostgreSQL Database__ConnectionString="$cs" \
    Pathway__ClusterCheckinInterval=00:00:02 Logging__LogLevel__Default=Warning Pathway__Policy__RunAtStartup=false \
    exec dotnet "$host_dll" --urls "http://127.0.0.1:518$n" >>"$work/node$n.log" 2>&1) &
  pids[$n]=$!
}
wait_ready() { for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:518$1/health/ready" >/dev/null && return 0; sleep 0.5; done; echo "node $1 never became ready"; tail -30 "$work/node$1.log"; return 1; }

for n in 1 2 3; do start_node $n; done
for n in 1 2 3; do wait_ready $n; done
started=$(date +%s)

python3 tools/failover/drive.py "http://127.0.0.1:5181,http://127.0.0.1:5182,http://127.0.0.1:5183" "$referrals" tools/failover/timer-pathway.bpmn tools/failover/task-pathway.bpmn >"$work/drive.json" &
driver=$!
killed=0
while kill -0 $driver 2>/dev/null && [ $killed -lt "$kills" ]; do
  sleep $((RANDOM % 4 + 2))
  n=$((RANDOM % 3 + 1))
  kill -9 "${pids[$n]}" 2>/dev/null || true
  wait "${pids[$n]}" 2>/dev/null || true
  killed=$((killed + 1))
  echo "killed node $n (SIGKILL $killed of $kills)"
  sleep 1
  start_node $n
done
wait $driver
for n in 1 2 3; do kill -0 "${pids[$n]}" 2>/dev/null || start_node $n; done
for n in 1 2 3; do wait_ready $n; done

json_field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[sys.argv[2]]; print(','.join(\"'%s'\" % i for i in d) or \"'00000000-0000-0000-0000-000000000000'\")" "$work/drive.json" "$1"; }
timer_ids=$(json_field timerCases)
timer_acked=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['timerCases']))" "$work/drive.json")
# Every timer of the run is due 5 s after its case started: wait until none is left (or 90 s).
for _ in $(seq 1 90); do [ "$(psql_q "SELECT count(*) FROM bookmarks WHERE \"Kind\"='Timer'")" = 0 ] && break; sleep 1; done
timers_once=$(psql_q "SELECT count(*) FROM cases c WHERE c.\"Id\" IN ($timer_ids) AND (SELECT count(*) FROM journal j WHERE j.\"CaseId\"=c.\"Id\" AND j.\"Kind\"='timer.fired') = 1")
ids=$(python3 -c "import json,sys; print(','.join(\"'%s'\" % i for i in json.load(open(sys.argv[1]))['acknowledged']))" "$work/drive.json")
statuses=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['statuses'])" "$work/drive.json")
acked=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['acknowledged']))" "$work/drive.json")
now_ticks=$(python3 -c "import time; print(int(time.time()*10**7) + 621355968000000000)")
cases_once=$(psql_q "SELECT count(*) FROM cases WHERE \"Id\" IN ($ids)")
recorded_once=$(psql_q "SELECT count(*) FROM (SELECT \"CaseId\" FROM journal WHERE \"Kind\"='referral.recorded' AND \"CaseId\" IN ($ids) GROUP BY \"CaseId\" HAVING count(*) = 1) x")
fired=$(psql_q "SELECT count(*) FROM journal WHERE \"Kind\"='timer.fired'")
fired_twice=$(psql_q "SELECT count(*) FROM (SELECT 1 FROM journal WHERE \"Kind\"='timer.fired' GROUP BY \"CaseId\", \"NodeId\" HAVING count(*) > 1) x")
overdue=$(psql_q "SELECT count(*) FROM bookmarks WHERE \"Kind\"='Timer' AND \"DueAt\" < $now_ticks")
stuck=$(psql_q "SELECT count(*) FROM cases c WHERE c.\"Status\"='Running' AND NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.\"CaseId\"=c.\"Id\")")
nodes=$(psql_q "SELECT count(DISTINCT \"Actor\") FROM journal WHERE \"Actor\" LIKE 'quartz:%'")
task_acked=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['taskCases']))" "$work/drive.json")
completed_acked=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['completed']))" "$work/drive.json")
completed_unanswered=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['completedUnanswered']))" "$work/drive.json")
completed_ids=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(','.join(\"'%s'\" % i for i in d['completed'] + d['completedUnanswered']) or \"'00000000-0000-0000-0000-000000000000'\")" "$work/drive.json")
completed_once=$(psql_q "SELECT count(*) FROM cases c WHERE c.\"Id\" IN ($completed_ids) AND c.\"Status\"='Completed' AND (SELECT count(*) FROM journal j WHERE j.\"CaseId\"=c.\"Id\" AND j.\"Kind\"='task.completed') = 1")
completed_twice=$(psql_q "SELECT count(*) FROM (SELECT 1 FROM journal WHERE \"Kind\"='task.completed' GROUP BY \"CaseId\", \"NodeId\" HAVING count(*) > 1) x")
errors=$(python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['statuses']; print(sum(v for k,v in s.items() if k.isdigit() and int(k)>=500 and k!='503'))" "$work/drive.json")

echo "failover: $referrals referrals sent, $acked acknowledged, $killed SIGKILLs in $(( $(date +%s) - started )) s; answers $statuses"
echo "failover: acknowledged cases present $cases_once/$acked, referral.recorded exactly once $recorded_once/$acked"
echo "failover: task cases acknowledged $task_acked, completions acknowledged $completed_acked (+ $completed_unanswered saved before a lost answer), journalled exactly once $completed_once/$((completed_acked + completed_unanswered)), twice $completed_twice"
echo "failover: timer cases acknowledged $timer_acked, their timer fired exactly once $timers_once/$timer_acked; timers fired $fired (by $nodes nodes), fired twice $fired_twice, due and unfired $overdue; running cases stuck without a bookmark $stuck; 5xx other than 503: $errors"
[ "$acked" = "$referrals" ] && [ "$timer_acked" = "$referrals" ] && [ "$timers_once" = "$timer_acked" ] && [ "$cases_once" = "$acked" ] && [ "$recorded_once" = "$acked" ] && [ "$fired_twice" = 0 ] && [ "$task_acked" = "$referrals" ] && [ "$((completed_acked + completed_unanswered))" = "$task_acked" ] && [ "$completed_once" = "$task_acked" ] && [ "$completed_twice" = 0 ] && [ "$overdue" = 0 ] && [ "$stuck" = 0 ] && [ "$errors" = 0 ]
