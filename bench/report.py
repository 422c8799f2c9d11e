"""The results as a table: plain text for the terminal, Markdown for docs/performance.md.

`python bench/report.py [bench/results/latest.json]` prints the Markdown table of a run.
"""

import json
import sys
from pathlib import Path

COLUMNS = ("name", "backend", "metric", "ours", "reference", "ratio", "goal", "met",
           "cpu ms/op ours/ref", "notes")


def _number(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.3g}" if isinstance(value, float) else f"{value:,}"


def cells(result: dict) -> list[str]:
    cpu = "-"
    if "cpu_ms_ours" in result:
        cpu = f"{result['cpu_ms_ours']:.2f} / {result['cpu_ms_reference']:.2f}"
    met = {True: "yes", False: "NO", None: ""}[result.get("met")]
    return [result["name"], result["backend"], result["metric"], _number(result["ours"]),
            _number(result["reference"]), _number(result["ratio"]), result.get("goal", ""),
            met, cpu, result.get("notes", "")]


def table(results: list[dict], notes_width: int = 60) -> str:
    rows = [list(COLUMNS)] + [cells(r) for r in results]
    for r in rows[1:]:
        r[-1] = r[-1] if len(r[-1]) <= notes_width else r[-1][:notes_width - 1] + "…"
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def markdown(results: list[dict]) -> str:
    rows = [cells(r) for r in results]
    head = "| " + " | ".join(COLUMNS) + " |"
    rule = "|" + "|".join("---" for _ in COLUMNS) + "|"
    return "\n".join([head, rule, *("| " + " | ".join(r) + " |" for r in rows)])


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "results" /
                "latest.json")
    print(markdown(json.loads(path.read_text())))
