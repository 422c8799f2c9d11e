"""schemathesis with every check against the four OpenAPI schemas of the running server.

Each API is fuzzed by the role it admits (store: a buyer, seller: a seller, admin: the operator,
public: a buyer's throwaway token, so that DELETE /api/auth/token revokes nothing another check
holds). The accounts are not the access matrix's actors: the fuzzer writes at random.

Counts come from schemathesis's own reports: requests from the NDJSON event stream (every
request of every phase: examples, coverage, fuzzing, stateful), failures from the JSON report.
What must be 0: 5xx answers, responses that break their documented schema or status codes
(ST103-ST111), stateful failures (ST3xx) and authorisation failures (ST4xx). Input-handling
findings (ST2xx: a schema-valid request refused by a business rule, a looser parse than the
schema) are reported, not failed: the schemas do not spell out every business rule.
"""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import checks

APIS = (  # (name, schema prefix, account)
    ("store", "/api/store", "buyer100@caravan.test"),
    ("seller", "/api/seller", "seller10@caravan.test"),
    ("admin", "/api/admin", "ops@caravan.test"),
    ("public", "/api", "buyer101@caravan.test"),
)
# Per API: examples per operation and the time budget (the fuzzing and stateful phases
# repeat until it is spent), quick and full.
EXAMPLES = {"quick": 4, "full": 100}
SECONDS = {"quick": {"store": 25, "seller": 25, "admin": 25, "public": 10},
           "full": {"store": 70, "seller": 70, "admin": 60, "public": 25}}
QUICK_SEED = 20261127  # the CI subset is reproducible; the full run draws a new seed each time
GATED = {"server errors": ("ST101", "ST102"),
         "schema violations": tuple(f"ST1{n:02d}" for n in range(3, 12)),
         "stateful failures": ("ST301", "ST302"),
         "authorisation failures": ("ST401", "ST402")}


def command(ctx: checks.Context, prefix: str, token: str, report: Path, name: str) -> list[str]:
    st = str(Path(sys.executable).with_name("st"))
    line = [st, "run", f"{ctx.base_url}{prefix}/openapi.json", "--url", ctx.base_url,
            "--checks", "all", "--header", f"Authorization: Bearer {token}",
            "--workers", "2", "--generation-database", "none", "--no-color",
            "--report", "json,ndjson", "--report-dir", str(report),
            "--request-timeout", "30"]
    size = "quick" if ctx.quick else "full"
    line += ["--max-examples", str(EXAMPLES[size]), "--max-time", str(SECONDS[size][name])]
    return [*line, "--seed", str(QUICK_SEED)] if ctx.quick else line


def fuzz_api(ctx: checks.Context, name: str, prefix: str, email: str) -> dict:
    report = ctx.work / f"schemathesis-{name}"
    token = checks.login(ctx.base_url, email)
    done = subprocess.run(command(ctx, prefix, token, report, name),  # noqa: S603
                          capture_output=True, text=True, cwd=ctx.work, timeout=900)
    (ctx.work / f"schemathesis-{name}.out").write_text(done.stdout + done.stderr)
    found = {"requests": 0, "5xx": 0, "5xx_requests": [], "failures": Counter(),
             "operations": {}, "errors": 0}
    try:
        summary = json.loads(next(report.glob("json-*.json")).read_text())
        events = next(report.glob("ndjson-*.ndjson")).read_text().splitlines()
    except StopIteration:
        raise RuntimeError(f"schemathesis wrote no report for {name}:\n"
                           f"{(done.stdout + done.stderr)[-2000:]}") from None
    for line in events:
        finished = json.loads(line).get("ScenarioFinished")
        for interaction in (finished or {}).get("recorder", {}).get("interactions", {}).values():
            found["requests"] += 1
            response = interaction.get("response") or {}
            if response.get("status_code", 0) >= 500:
                found["5xx"] += 1
                request = interaction.get("request") or {}
                found["5xx_requests"].append(f"{request.get('method')} {request.get('uri')}")
    for failure in summary["failures"]:
        found["failures"][failure["code"]] += failure["count"]
        found["operations"].setdefault(failure["code"], []).extend(failure["operations"])
    found["errors"] = sum(error["count"] for error in summary["errors"])
    found["tested"] = summary["operations"]["tested"]
    return found


def rows(ctx: checks.Context, results: dict[str, dict]) -> list[dict]:
    per_api = ", ".join(f"{name} {r['requests']}" for name, r in results.items())
    tested = sum(r["tested"] for r in results.values())
    errors = sum(r["errors"] for r in results.values())
    out = [checks.row(ctx, "fuzz", "requests sent", sum(r["requests"] for r in results.values()),
                      "-", True, f"{per_api}; {tested} operations; {errors} schemathesis "
                      "internal errors")]
    fivexx = sum(r["5xx"] for r in results.values())
    answered = [request for r in results.values() for request in r["5xx_requests"]][:5]
    out.append(checks.row(ctx, "fuzz", "5xx responses", fivexx, "0", fivexx == 0,
                          "; ".join([_where(results, GATED["server errors"]), *answered])))
    for metric, codes in GATED.items():
        if metric == "server errors":
            continue
        count = sum(r["failures"][code] for r in results.values() for code in codes)
        out.append(checks.row(ctx, "fuzz", metric, count, "0", count == 0,
                              _where(results, codes)))
    loose = sum(n for r in results.values() for code, n in r["failures"].items()
                if code.startswith("ST2"))
    out.append(checks.row(ctx, "fuzz", "input mismatches (ST2xx)", loose, "reported", True,
                          _where(results, ("ST201", "ST202", "ST203", "ST204", "ST205"))))
    return out


def _where(results: dict[str, dict], codes: tuple[str, ...]) -> str:
    found = [f"{code} {operation}" for r in results.values() for code in codes
             for operation in r["operations"].get(code, [])]
    return "; ".join(found)


def run(ctx: checks.Context) -> list[dict]:
    results = {name: fuzz_api(ctx, name, prefix, email) for name, prefix, email in APIS}
    return rows(ctx, results)
