"""`python -m minijs.conformance`: the test262 runner (see cli.py)."""

import sys

from minijs.conformance.cli import main

if __name__ == "__main__":
    sys.exit(main())
