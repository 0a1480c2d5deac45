"""Regenerate console_expected.json: run each case of console_cases.py in
node v20 and record its stdout and stderr.

    .venv/bin/python tests/host/gen_console_expected.py
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from console_cases import CASES  # noqa: E402


def main():
    data = {}
    for name, js, _ in CASES:
        res = subprocess.run(["node", "-e", js], capture_output=True, text=True, check=True)
        data[name] = {"stdout": res.stdout, "stderr": res.stderr}
    with open(os.path.join(HERE, "console_expected.json"), "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("%d cases" % len(data))


if __name__ == "__main__":
    main()
