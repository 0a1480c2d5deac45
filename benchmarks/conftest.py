"""Make `tests.support.npm_libs` and `parse_speed` importable however
pytest is started (`pytest benchmarks --benchmark-only` from the repo root,
or from inside benchmarks/)."""

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parent, _HERE):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
