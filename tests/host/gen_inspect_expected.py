"""Regenerate inspect_expected.json: run node v20 on every case of
inspect_cases.py and record util.inspect's output.

    .venv/bin/python tests/host/gen_inspect_expected.py
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from host_values import to_js  # noqa: E402
from inspect_cases import CASES, OPTION_CASES  # noqa: E402


def main():
    names = [name for name, _ in CASES] + [name for name, _, _, _ in OPTION_CASES]
    exprs = ([to_js(desc) for _, desc in CASES]
             + ["%s, %s" % (to_js(desc), opts) for _, desc, opts, _ in OPTION_CASES])
    script = ("const util = require('util'); const out = {};\n"
              + "".join("out[%s] = util.inspect(%s);\n" % (json.dumps(n), e)
                        for n, e in zip(names, exprs))
              + "process.stdout.write(JSON.stringify(out, null, 1));\n")
    res = subprocess.run(["node", "-"], input=script, capture_output=True, text=True,
                         check=True)
    data = json.loads(res.stdout)
    with open(os.path.join(HERE, "inspect_expected.json"), "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("%d cases" % len(data))


if __name__ == "__main__":
    main()
