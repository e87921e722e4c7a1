"""Search over claims: ranked full-text search with structured filters, one interface.

SQLite uses an FTS5 table (`claim_fts`, rowid = claim id); PostgreSQL a `tsvector` with a
GIN index (`claim_search`). Both are created by migration 0004, hold the statement, the
quotes, the tags and the source titles of each claim, and are rewritten for the claims
that change by :func:`index_claims`, which every claims write path calls. Values read from
statements (`Claim.quantities`) are indexed in `search_value` for range filters. Text in
Chinese, Japanese or Korean, which has no spaces between words, is also indexed by
substring in `claim_cjk` (see `factdb.search.cjk`, migration 0008).

Queries are parsed here, never handed to the database as typed, so the same syntax works
on both backends and a malformed query is a `QuerySyntaxError`, not an SQL error:

- ``iran enrichment``: every word (in any column; words are stemmed);
- ``"low-enriched uranium"``: a phrase; ``enrich*``: a prefix; ``a OR b``;
  ``-word`` or ``NOT word``: without that word.

The modules, each a step of that: `query` parses what the user typed; `filters` turns the
filters into SQL conditions (and gives each claim's overall check status); `index` keeps
the index current; `cjk` indexes and searches text in Chinese, Japanese and Korean;
`hits` is what a search returns and how snippets are read; `ranking` runs a search and
orders its hits.
"""
