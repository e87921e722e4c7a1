"""Telling someone what a watch round found: a command fed the round's JSON report
(`run_on_change`), and a readable HTML digest (`digest_html`)."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import subprocess
from dataclasses import dataclass
from typing import Any

from .watch import RoundReport

__all__ = ["OnChange", "digest_html", "round_found_changes", "run_on_change", "split_diff"]

#: Seconds an --on-change command may take before it is killed.
ON_CHANGE_TIMEOUT = 60.0


def round_found_changes(report: RoundReport) -> bool:
    """Whether a round found changes worth telling: a page changed or gone."""
    return any(x.outcome in ("changed", "gone") for x in report.outcomes)


@dataclass(frozen=True)
class OnChange:
    """How an --on-change command ended: its exit status (None: killed after the
    deadline), what it wrote, and the problem in one line (None when it succeeded)."""

    command: str
    returncode: int | None
    output: str
    problem: str | None

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "exit": self.returncode, "problem": self.problem}


def run_on_change(
    command: str, report: RoundReport, *, timeout: float = ON_CHANGE_TIMEOUT
) -> OnChange:
    """Run `command` (a shell command line) with the round's JSON report on its standard
    input; kill it (and whatever it started) after `timeout` seconds."""
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    try:
        proc = subprocess.Popen(
            command,
            shell=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed whole on a hang
        )
    except OSError as exc:
        return OnChange(command, None, "", f"--on-change {command!r} cannot start: {exc}")
    try:
        out, _ = proc.communicate(data, timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = proc.communicate()
        text = out.decode("utf-8", "replace")
        return OnChange(command, None, text, f"--on-change {command!r} killed after {timeout:g} s")
    text = out.decode("utf-8", "replace")
    if proc.returncode != 0:
        return OnChange(
            command, proc.returncode, text, f"--on-change {command!r} exited {proc.returncode}"
        )
    return OnChange(command, 0, text, None)


_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)


def split_diff(diff: str) -> tuple[str, str]:
    """The old and the new side of a drift word diff, each marked up in HTML: deletions
    in <del> on the old side, insertions in <ins> on the new side.

    >>> split_diff("beyond [-3.67-]{+3.5+} percent")
    ('beyond <del>3.67</del> percent', 'beyond <ins>3.5</ins> percent')
    >>> split_diff("[-a <b>-]")
    ('<del>a &lt;b&gt;</del>', '')
    """
    old: list[str] = []
    new: list[str] = []
    pos = 0
    for m in _DIFF.finditer(diff):
        same = html.escape(diff[pos : m.start()])
        old.append(same)
        new.append(same)
        if m.group(1) is not None:
            old.append(f"<del>{html.escape(m.group(1))}</del>")
        else:
            new.append(f"<ins>{html.escape(m.group(2))}</ins>")
        pos = m.end()
    rest = html.escape(diff[pos:])
    return "".join(old) + rest, "".join(new) + rest


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222 }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #ccc;
padding: .3em .5em; vertical-align: top; text-align: left }
del { background: #fdd; text-decoration: line-through } ins { background: #dfd;
text-decoration: none } .edited, .removed, .gone { color: #a00 } .error { color: #a60 }
"""


def digest_html(report: RoundReport) -> str:
    """A self-contained page: the round's counts, each page that changed or failed, every
    quote that drifted side by side (the cited words and the page's words now), and the
    briefs affected."""
    e = html.escape
    s = report.summary()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>factdb watch round {report.round_id}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Watch round {report.round_id}</h1>",
        f"<p>Started {e(report.started_at.isoformat())}; {e(report.state)}. "
        f"{s['tried']} source(s) tried: {s['not_modified']} not modified, "
        f"{s['unchanged']} unchanged, {s['changed']} changed, {s['gone']} gone, "
        f"{s['errors']} error(s).</p>",
    ]
    notable = [x for x in report.outcomes if x.outcome not in ("not-modified", "unchanged")]
    parts.append("<h2>Pages</h2>")
    if notable:
        parts.append("<table><tr><th>outcome</th><th>page</th><th>detail</th></tr>")
        for x in notable:
            moved = f"<br>redirected to {e(x.redirected_to)}" if x.redirected_to else ""
            parts.append(
                f'<tr class="{e(x.outcome)}"><td>{e(x.outcome)}</td>'
                f'<td><a href="{e(x.url)}">{e(x.url)}</a>{moved}</td><td>{e(x.detail)}'
                + (f"<br>cited by {e(', '.join(x.claims))}" if x.claims else "")
                + "</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No page changed.</p>")
    drifted = [d for x in report.outcomes for d in x.drift if d.status != "unchanged"]
    parts.append("<h2>Quotes</h2>")
    if drifted:
        parts.append(
            "<table><tr><th>claim</th><th>drift</th><th>cited</th><th>the page now</th></tr>"
        )
        for d in drifted:
            old, new = split_diff(d.diff)
            if d.status == "removed":
                new = "<em>(no passage similar enough)</em>"
            parts.append(
                f'<tr class="{e(d.status)}"><td>{e(d.claim)}</td><td>{e(d.status)}</td>'
                f"<td>{old}</td><td>{new}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No cited quote drifted.</p>")
    parts.append("<h2>Briefs affected</h2>")
    if report.impacts:
        parts.append(
            "<table><tr><th>build</th><th>brief</th><th>output</th><th>claim</th><th>why</th></tr>"
        )
        for i in report.impacts:
            parts.append(
                f'<tr class="{e(i.reason)}"><td>{i.build} ({e(i.built_at.isoformat())})</td>'
                f"<td>{e(i.brief)}</td><td>{e(i.output)}</td><td>{e(i.claim)}</td>"
                f"<td>{e(i.reason)}: {e(i.diff or i.detail)}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No recorded brief build is affected.</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
