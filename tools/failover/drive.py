"""Drives referrals, timer cases and task completions across every node while the runner kills and restarts them.

A designer publishes a pathway whose 5-second timer falls due during the run, and one with a
single coordinator task; every referral is followed by one timer case (POST /api/cases) and one
task case in north-shire (the coordinator's team) whose task a coordinator then completes
(POST /api/tasks/{id}/complete).

Each referral carries an Idempotency-Key and is sent again (to the next node) until one
answers 201/200: that answer is the acknowledgement. A completion is sent again the same way;
a 409 after a lost answer means an earlier try was saved (the task is no longer open), so it
is not counted as acknowledged, but the journal must still hold its completion once.
Connection failures and 503 are the expected faults of a node dying; a 500 is counted as a
failure. Prints one JSON line: the acknowledged case ids and the status counts.
"""
import http.cookiejar, json, sys, time, urllib.error, urllib.request, uuid

nodes, count = sys.argv[1].split(","), int(sys.argv[2])
NHS = ["9434765919", "9434765870", "9434765889", "9434765897", "9434765900"]


def opener(base, user="nurse"):
    jar = http.cookiejar.CookieJar()
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    body = json.dumps({"username": user, "password": "pathway-demo"}).encode()
    o.open(urllib.request.Request(base + "/api/session", body, {"Content-Type": "application/json"}), timeout=10)
    return o


def referral(i):
    return {
        # One name per NHS number: intake refuses a known number with other details until confirmed.
        "person": {"nhsNumber": NHS[i % len(NHS)], "name": f"Synthetic Person {i % len(NHS)}", "dateOfBirth": "1941-03-02",
                   "postcode": "NS1 2AB", "locality": "north-shire", "gpPractice": "Northgate Surgery"},
        "referralSource": "111", "presentingNeed": "fall", "clinicalFrailtyScale": 6,
        "observations": {"respirationRate": 18, "oxygenSaturation": 96, "supplementalOxygen": False,
                         "systolicBloodPressure": 128, "pulse": 84, "consciousness": "alert", "temperature": 36.9},
        "consentGiven": True, "whatMatters": "Staying at home", "carers": [], "carerStatus": "none",
        "endOfLife": {"endOfLife": False}, "safeguardingFlags": [], "setting": "own-home", "flags": {"longLie": False},
    }


statuses, acknowledged, timer_cases, sessions = {}, [], [], {}
completed, task_cases, completed_unanswered = [], [], []


def publish(key, bpmn):
    """Publishes a pathway through any node (the killing has already begun), saying why a try failed."""
    for attempt in range(15):
        base = nodes[attempt % len(nodes)]
        try:
            designer = opener(base, "designer")
            designer.open(urllib.request.Request(f"{base}/api/pathways/{key}/draft", bpmn, {"Content-Type": "application/xml"}, method="PUT"), timeout=60)
            designer.open(urllib.request.Request(f"{base}/api/pathways/{key}/publish", b"{}", {"Content-Type": "application/json"}, method="POST"), timeout=60)
            return
        except urllib.error.HTTPError as e:
            print(f"publish through {base}: {e.code} {e.read()[:300]!r}", file=sys.stderr)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
            print(f"publish through {base}: {e}", file=sys.stderr)
        time.sleep(2)
    sys.exit(f"the pathway {key} could not be published through any node")


publish("failover-timer", open(sys.argv[3], "rb").read())
publish("failover-task", open(sys.argv[4], "rb").read())


def send(i, path, body, headers, user, into, conflict_ends=False):
    """Sends until a node acknowledges (2xx) and returns its answer; None on an unexpected answer;
    "conflict" on a 409 when conflict_ends (a completion whose earlier try was saved, its answer lost)."""
    node, deadline = i, time.time() + 120
    while True:
        base = nodes[node % len(nodes)]
        try:
            if (base, user) not in sessions:
                sessions[(base, user)] = opener(base, user)
            req = urllib.request.Request(base + path, body, {"Content-Type": "application/json", **headers})
            with sessions[(base, user)].open(req, timeout=15) as r:
                statuses[r.status] = statuses.get(r.status, 0) + 1
                doc = json.load(r)
                into.append(doc.get("caseId") or doc.get("id"))
                return doc
        except urllib.error.HTTPError as e:
            statuses[e.code] = statuses.get(e.code, 0) + 1
            if e.code == 401:
                sessions.pop((base, user), None)
            elif e.code == 409 and conflict_ends:
                return "conflict"
            elif e.code not in (409, 503):
                print(f"{path} {i}: {e.code} {e.read()[:300]!r}", file=sys.stderr)
                return None
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            statuses["refused"] = statuses.get("refused", 0) + 1
            sessions.pop((base, user), None)
        if time.time() > deadline:
            print(f"{path} {i}: no node acknowledged it", file=sys.stderr)
            return None
        node += 1
        time.sleep(0.2)


for i in range(count):
    send(i, "/api/referrals", json.dumps(referral(i)).encode(), {"Idempotency-Key": str(uuid.uuid4())}, "nurse", acknowledged)
    send(i + 1, "/api/cases", json.dumps({"pathway": "failover-timer", "locality": "national"}).encode(), {}, "designer", timer_cases)
    started = send(i + 2, "/api/cases", json.dumps({"pathway": "failover-task", "locality": "north-shire"}).encode(), {}, "designer", task_cases)
    if started:
        task = next(t for t in started["tasks"] if t["status"] == "Ready")
        if send(i, f"/api/tasks/{task['id']}/complete", json.dumps({"output": {}}).encode(), {}, "coordinator", completed, conflict_ends=True) == "conflict":
            completed_unanswered.append(started["id"])
print(json.dumps({"acknowledged": acknowledged, "timerCases": timer_cases, "taskCases": task_cases, "completed": completed, "completedUnanswered": completed_unanswered,
                  "statuses": {str(k): v for k, v in statuses.items()}}))
