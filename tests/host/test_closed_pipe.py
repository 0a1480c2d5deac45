"""`minijs run x.js | head -1`: when the reader of stdout goes away, output
stops and the program ends normally, with no Python error (node's console
ignores the failed writes the same way)."""

import subprocess
import sys


def test_closed_stdout_is_not_an_error(tmp_path):
    path = tmp_path / "many_lines.js"
    path.write_text('for (var i = 0; i < 200000; i++) console.log("line " + i);\n'
                    'console.error("finished");\n')
    p = subprocess.Popen([sys.executable, "-m", "minijs", "run", "--jitless", str(path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert p.stdout.readline() == "line 0\n"
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(timeout=120) == 0, err
    assert err == "finished\n"
