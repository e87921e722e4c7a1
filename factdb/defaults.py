"""The choices and defaults the command line offers in `--help`, apart from the code that
uses them, so that `factdb --help` (and every command's start) loads none of that code.

Each library module re-exports its own under its old name (`checks.BATCH`,
`briefs.DEFAULT_STYLE`, `export.claims.FORMATS`, ...); the library reads them from there.
Pure constants: importable from every layer.
"""

from __future__ import annotations

#: Claims checked per batch: bounds memory whatever the size of the database (runs of
#: more claims than this go to worker processes).
CHECK_BATCH = 2000
#: The CSL style of a brief's citations when none is given.
BRIEF_STYLE = "chicago-notes-bibliography"
#: What `factdb export claims` writes.
CLAIM_FORMATS = ("json", "jsonl", "csv")
#: What `factdb export sources` writes.
SOURCE_FORMATS = ("csl-json", "bibtex")
#: What `factdb export annotations` writes.
ANNOTATION_FORMATS = ("w3c",)
#: Seconds allowed for each URL download.
FETCH_TIMEOUT = 30.0
#: The largest page body accepted from a URL (and most a WARC or WACZ input may inflate to).
FETCH_MAX_BYTES = 50 * 1024 * 1024
#: The share of uncited snapshots' text layers `factdb fsck` recomputes, at random.
FSCK_SAMPLE_RATE = 0.1
