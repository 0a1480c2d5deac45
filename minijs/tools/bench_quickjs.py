"""bench_driver.js's counterpart for QuickJS, through the `quickjs` package
on PyPI (`pip install quickjs`, or `pip install 'minijs[bench]'`): the
benchmark program runs in a QuickJS context inside this Python process.

    python -m minijs.tools.bench_quickjs FILE REPS [toplevel]

QuickJS has no node host, so the program gets what the benchmark programs
use: a CommonJS wrapper (module, exports), process.argv and console.log.
As in the node driver, the call of run(reps) is timed (a top-level
program: its whole evaluation), in wall time and in this process's CPU
time, and one `@@bench {...}` line is printed (`{"unsupported": ...}`
for a program whose run(reps) returns a promise: its work is timers and
promise jobs, and this context has no event loop).  A program that throws
(its self-check failed) exits with status 1 and the error on stderr.
"""

import json
import sys
import time

__all__ = ["main"]

# The program's source goes inside a function, as node's CommonJS loader
# puts it (its `var`s stay local, `this` is module.exports).
_WRAPPER = """(function (module, exports, process, console) {
%s
})"""

_HOST = """(function (argv, print, moduleId) {
  var module = { exports: {}, id: moduleId };
  var console = { log: function () {
    print(Array.prototype.map.call(arguments, function (x) { return String(x); }).join(' '));
  } };
  return { module: module, process: { argv: argv }, console: console };
})"""


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2:
        sys.stderr.write("usage: python -m minijs.tools.bench_quickjs FILE REPS [toplevel]\n")
        return 2
    try:
        import quickjs
    except ImportError:
        sys.stderr.write("minijs bench: QuickJS needs the quickjs package (pip install quickjs)\n")
        return 2
    path, reps, toplevel = argv[0], int(argv[1]), argv[2:] == ["toplevel"]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    ctx = quickjs.Context()
    ctx.add_callable("__benchPrint", lambda text: print(text))
    script_argv = json.dumps(["qjs", path] + ([str(reps)] if toplevel else []))
    try:
        host = ctx.eval("(%s)(%s, __benchPrint, %s)" % (_HOST, script_argv,
                                                        json.dumps("." if toplevel else path)))
        module = ctx.eval(_WRAPPER % source)
        ctx.set("__benchHost", host)
        ctx.set("__benchModule", module)
        load = ctx.eval("(function () { var h = __benchHost; __benchModule.call(h.module.exports, "
                        "h.module, h.module.exports, h.process, h.console); "
                        "return h.module.exports; })")
        if toplevel:
            wall0, cpu0 = time.perf_counter(), time.process_time()
            load()
            wall1, cpu1 = time.perf_counter(), time.process_time()
        else:
            run = load()
            if not callable(run):
                sys.stderr.write("TypeError: %s does not export run(reps)\n" % path)
                return 1
            wall0, cpu0 = time.perf_counter(), time.process_time()
            returned = run(reps)
            wall1, cpu1 = time.perf_counter(), time.process_time()
            if isinstance(returned, quickjs.Object) and ctx.eval("(function (x) { return typeof x.then; })")(
                    returned) == "function":
                # an event-loop program: its kernel runs in timers this context does not have
                print("@@bench " + json.dumps({"unsupported": "needs an event loop with timers"}))
                return 0
    except quickjs.JSException as exc:
        sys.stderr.write("%s\n" % exc)
        return 1
    sys.stdout.flush()
    print("@@bench " + json.dumps({"wall_ms": (wall1 - wall0) * 1e3, "cpu_ms": (cpu1 - cpu0) * 1e3}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
