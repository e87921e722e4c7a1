"""The engine: pure functions over bytes and strings, with no database and no faces.

Modules here import nothing of factdb but :mod:`factdb.errors`, so they can be tested,
benchmarked and reused alone.
"""
