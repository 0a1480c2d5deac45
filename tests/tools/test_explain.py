"""`minijs explain`: every stage of one function, after a run of the file."""

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

HOT = """\
function dot(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * 2;
  return s;
}
function label(o) { return o.name + '!'; }
function cold(x) { return x; }
let t = 0;
for (let k = 0; k < 600; k++) { t += dot(50); label({name: 'a'}); }
console.log(t, cold(1));
"""


def minijs(*args):
    return subprocess.run([sys.executable, "-m", "minijs", *args], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    p = tmp_path_factory.mktemp("explain") / "hot.js"
    p.write_text(HOT)
    return p


def sections(text):
    out, name = {}, None
    for line in text.split("\n"):
        if line.startswith("==================== "):
            name = line.strip("= ").strip()
            out[name] = []
        elif name:
            out[name].append(line)
    return {k: "\n".join(v) for k, v in out.items()}


def test_every_stage_of_an_optimized_function(program):
    r = minijs("explain", str(program), "--function", "dot")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == "1470000 1"                  # the program's output, kept apart
    s = sections(r.stdout)
    assert list(s) == ["source", "tokens", "ast", "bytecode", "typed IR", "LLVM IR",
                       "optimized LLVM IR", "machine code"]
    assert "   1  function dot(n) {" in s["source"] and "return s;" in s["source"]
    assert 'NAME             "dot" 1:9' in s["tokens"]
    assert '"type": "FunctionDeclaration"' in s["ast"] and '"start": 0' in s["ast"]
    assert "@   6 : LT" in s["bytecode"] and "COMPARE: SignedSmall" in s["bytecode"]
    assert "BINARY_OP: SignedSmall" in s["bytecode"]
    assert "graph dot(i32) -> i32" in s["typed IR"]
    assert "guard int32 overflow" in s["typed IR"]              # a guard and where it deopts to
    assert "define" in s["LLVM IR"] and "smul.with.overflow" in s["LLVM IR"]
    assert "define" in s["optimized LLVM IR"]
    assert re.search(r"^js\d+_0:", s["machine code"], re.M) and "ret" in s["machine code"]


def test_refused_and_cold_functions_say_why(program):
    s = sections(minijs("explain", str(program), "--function", "label").stdout)
    assert s["typed IR"].startswith("the JIT refused it:")
    assert "monomorphic" in s["bytecode"]                       # the property load's inline cache
    s = sections(minijs("explain", str(program), "--function", "cold").stdout)
    assert "not optimized: it ran 1 times" in s["typed IR"]
    s = sections(minijs("explain", str(program), "--jitless", "--function", "dot").stdout)
    assert s["machine code"] == "the JIT is off (--jitless)\n"


def test_default_is_the_most_called_function(program):
    # label ran 600 times in the interpreter tiers; dot's later calls ran natively (not counted)
    r = minijs("explain", str(program))
    assert r.stdout.startswith("explain label (600 calls)")


def test_unknown_function_is_a_usage_error(program):
    r = minijs("explain", str(program), "--function", "nope")
    assert r.returncode == 2 and "functions: cold, dot, label" in r.stderr


def test_html_page_has_one_column_per_stage(program, tmp_path):
    out = tmp_path / "dot.html"
    r = minijs("explain", str(program), "--function", "dot", "--html", str(out))
    assert r.returncode == 0, r.stderr

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.h2, self.sections, self.in_h2 = [], 0, False

        def handle_starttag(self, tag, attrs):
            self.sections += tag == "section"
            self.in_h2 = tag == "h2"

        def handle_data(self, data):
            if self.in_h2:
                self.h2.append(data)
                self.in_h2 = False
    c = Collect()
    page = out.read_text()
    c.feed(page)
    assert c.sections == 8 and c.h2[0] == "source" and c.h2[-1] == "machine code"
    assert "http" not in page.replace("http://www.w3.org", "")     # self-contained
