"""factdb: a citation-checked fact database with provenance."""

__version__ = "0.1.0"
