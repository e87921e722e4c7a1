"""The `factdb` command line: parse, call the library, render. No logic lives here.

One place, `FactdbGroup.invoke` (in `app`), turns library errors into one `Error: ...`
line on stderr and an exit code: 0 ok, 1 a failure the user asked to detect, 2 usage.
Each command group's module registers its commands on `app.cli` when imported here.
"""

from __future__ import annotations

from . import anchor as _anchor  # noqa: F401  (registers commands)
from . import archive as _archive  # noqa: F401
from . import briefs as _briefs  # noqa: F401
from . import checks as _checks  # noqa: F401
from . import claims as _claims  # noqa: F401
from . import drift as _drift  # noqa: F401
from . import export as _export  # noqa: F401
from . import imports as _imports  # noqa: F401
from . import maintenance as _maintenance  # noqa: F401
from . import reviews as _reviews  # noqa: F401
from . import search as _search  # noqa: F401
from . import serve as _serve  # noqa: F401
from . import sources as _sources  # noqa: F401
from . import timestamps as _timestamps  # noqa: F401
from . import watch as _watch  # noqa: F401
from .app import cli, main

__all__ = ["cli", "main"]
