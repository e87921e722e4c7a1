"""Write factdb/engine/support_data/units.json from pint.

The supported check compares units by dimension ("2 MB/s" against "2 GB/s", "250 km/h"
against "155 mph"). Importing pint and building its registry takes most of a second, so
the engine reads a table instead: for each unit the language files name, its factor to
pint's base units, the offset (temperatures) and the dimension. This script is the only
writer of that table; ``tests/test_support_engine.py`` runs it and fails when the table
in the tree is stale.

    python scripts/gen_units.py          # rewrite the table
    python scripts/gen_units.py --check  # exit 1 if it would change
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "factdb" / "engine" / "support_data"


def unit_names() -> set[str]:
    """Every pint unit expression named in the language files."""
    names: set[str] = set()
    for path in sorted(DATA.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        names.update(data.get("units", {}).values())
        names.update(data.get("units_exact", {}).values())
        names.update(str(v[1]) for v in data.get("phrases", {}).values())
    return names


#: Names pint reads otherwise than people do: its "decade" is a logarithmic ratio (a
#: factor of ten), while in text it is ten years.
OVERRIDES = {"decade": "10 * year"}


def table() -> dict[str, dict[str, object]]:
    import pint

    ureg = pint.UnitRegistry()
    out: dict[str, dict[str, object]] = {}
    for name in sorted(unit_names()):
        if name in OVERRIDES:
            unit = ureg.parse_expression(OVERRIDES[name])
            zero, one = (0 * unit).to_base_units(), (1 * unit).to_base_units()
        else:
            zero = ureg.Quantity(0, name).to_base_units()
            one = ureg.Quantity(1, name).to_base_units()
        out[name] = {
            "factor": float(one.magnitude - zero.magnitude),
            "offset": float(zero.magnitude),
            "dimension": str(one.units),
        }
    return out


def render() -> str:
    return json.dumps(table(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args()
    path = DATA / "units.json"
    text = render()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python scripts/gen_units.py", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(json.loads(text))} units to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
