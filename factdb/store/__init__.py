"""Storage: the typed models, the database and its settings, the append-only event log,
bulk inserts, and the look-ups every module repeats (`lookups`).

Storage imports the engine (a snapshot's cached text layer is extracted by it) and
nothing of the library above it or of the faces.
"""
