"""node's core modules in minijs (core_modules/): what holds without node
to compare with.  They load only when required; their JavaScript reaches
the host only through internalBinding, which user code cannot reach; the
values they hand out are JS values; the embedding API has none of them."""

import io
import subprocess
import sys

import minijs
from minijs.host.core_modules.names import NODE_BUILTINS
from minijs.host.node import NodeHost
from tests.embed.test_no_python_escape import GraphWalk

IMPLEMENTED = ("assert", "assert/strict", "buffer", "console", "events", "fs", "fs/promises",
               "module", "os", "path", "path/posix", "process", "sys", "timers", "util",
               "util/types")


def run(tmp_path, source, name="main.js"):
    path = tmp_path / name
    path.write_text(source)
    out, err = io.StringIO(), io.StringIO()
    host = NodeHost([], stdout=out, stderr=err, script_path=str(path))
    code = host.run_main(str(path))
    return code, out.getvalue(), err.getvalue()


def test_core_modules_load_only_when_required():
    code = ("import io, sys\n"
            "from minijs.host.node import NodeHost\n"
            "host = NodeHost([], stdout=io.StringIO())\n"
            "host.run_eval_main('console.log(1 + 1)')\n"
            "print(sorted(m for m in sys.modules if m.startswith('minijs.host.core_modules.')))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    # names.py and globals.py are the hooks; no loader, no binding, no JS compiled
    assert r.stdout.strip() == ("['minijs.host.core_modules.globals', "
                                "'minijs.host.core_modules.names']")


def test_user_code_cannot_reach_internals(tmp_path):
    code, out, err = run(tmp_path, """
for (const spec of ['internal/errors', 'internal/deep_equal', 'node:internal/errors', './internal/errors']) {
  try { require(spec); console.log('loaded', spec); } catch (e) { console.log(e.code); }
}
console.log(typeof internalBinding, typeof primordials);
console.log(Object.keys(require('fs')).some((k) => k === 'binding' || k === 'defer'));
""")
    assert (code, err) == (0, "")
    assert out.split("\n")[:5] == ["MODULE_NOT_FOUND", "MODULE_NOT_FOUND",
                                   "ERR_UNKNOWN_BUILTIN_MODULE", "MODULE_NOT_FOUND",
                                   "undefined undefined"]
    assert out.split("\n")[5] == "false"


def test_everything_core_modules_hand_out_is_a_js_value(tmp_path):
    path = tmp_path / "main.js"
    path.write_text("")
    host = NodeHost([], stdout=io.StringIO(), stderr=io.StringIO(), script_path=str(path))
    host.run_main(str(path))
    walk = GraphWalk()
    walk.walk([(name, host.core_modules.require(name)) for name in IMPLEMENTED])
    assert walk.objects > 300, walk.objects


def test_unimplemented_core_modules_fail_to_load_clearly(tmp_path):
    missing = [name for name in NODE_BUILTINS if name not in IMPLEMENTED]
    code, out, err = run(tmp_path, "for (const n of %r) { try { require(n); console.log('loaded', n); }"
                                   " catch (e) { console.log(e.code, e.message); } }" % missing)
    assert (code, err) == (0, "")
    lines = out.strip().split("\n")
    assert len(lines) == len(missing)
    for name, line in zip(missing, lines):
        assert line == ("MODULE_NOT_FOUND Cannot find module '%s': node's core module '%s' "
                        "is not implemented in minijs" % (name, name))


def test_modules_as_node_prints_them(tmp_path):
    # node's output, for machines without node (the differential tests skip there)
    code, out, err = run(tmp_path, """
const path = require('node:path'), util = require('util'), assert = require('assert');
const EventEmitter = require('events'), fs = require('fs'), os = require('os');
console.log(path.join('/a/b', '../c', './d.js'), path.relative('/a/b/c', '/a/d'), path.parse('/x/y.tar.gz'));
console.log(util.format('%s=%d %j', 'n', 42, { a: [1] }), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
const e = new EventEmitter(); e.once('x', (v) => console.log('once', v)); e.emit('x', 1); console.log(e.emit('x', 2));
try { assert.strictEqual(1, 2); } catch (err) { console.log(err.message, err.code); }
fs.writeFileSync(__dirname + '/f.txt', 'data'); console.log(fs.readFileSync(__dirname + '/f.txt'), fs.statSync(__dirname + '/f.txt').size);
try { fs.readFileSync('missing.txt'); } catch (err) { console.log(err.message, err.errno, err.syscall); }
console.log(os.EOL === '\\n', os.platform() === process.platform, os.cpus().length > 0);
""")
    assert (code, err) == (0, "")
    assert out == """\
/a/c/d.js ../../d { root: '/', dir: '/x', base: 'y.tar.gz', ext: '.gz', name: 'y.tar' }
n=42 {"a":[1]} { a: [Object] }
once 1
false
Expected values to be strictly equal:

1 !== 2
 ERR_ASSERTION
<Buffer 64 61 74 61> 4
ENOENT: no such file or directory, open 'missing.txt' -2 open
true true true
"""


def test_embedding_context_has_no_core_modules():
    ctx = minijs.Context()
    assert ctx.eval("[typeof require, typeof Buffer, typeof internalBinding, typeof process, "
                    "typeof module]") == ["undefined"] * 5
    ctx.eval("globalThis.result = null; import('fs').then(() => result = 'loaded', "
             "(e) => result = e.message)")
    ctx.run_until_idle()
    assert ctx.eval("result") == "Cannot find module 'fs': this host loads no modules"
