"""`minijs profile FILE [args]`: run a program under the sampling profiler
and report its hot functions.

    minijs profile app.js                       # table on stderr after the run
    minijs profile app.js --cpu-prof            # also app-<time>.cpuprofile (DevTools, speedscope)
    minijs profile app.js --flamegraph fg.svg   # or fg.html (click to zoom)

The program's own output goes to stdout as usual; the report goes to
stderr (or --report FILE).  Pieces: profile_sampler.py takes the ticks,
minijs.jit.events streams what the optimizing tier does, profile_model.py
builds the call tree and per-function figures, profile_report.py,
cpuprofile.py and flamegraph.py write them.
"""

import os
import sys
import threading
import time

__all__ = ["add_arguments", "run"]

DEFAULT_INTERVAL_MS = 1.0


def add_arguments(p):
    p.add_argument("file")
    p.add_argument("args", nargs="*", help="arguments for process.argv (after --)")
    p.add_argument("--interval", type=float, default=DEFAULT_INTERVAL_MS, metavar="MS",
                   help="sampling interval in milliseconds (default %g)" % DEFAULT_INTERVAL_MS)
    p.add_argument("--top", type=int, default=25, metavar="N", help="rows in the table (default 25)")
    p.add_argument("--cpu-prof", nargs="?", const="", default=None, metavar="FILE",
                   help="write a Chrome DevTools .cpuprofile (default name: FILE-<time>.cpuprofile)")
    p.add_argument("--flamegraph", metavar="OUT.svg|OUT.html", help="draw a flame graph")
    p.add_argument("--report", metavar="FILE", help="write the table to FILE instead of stderr")
    p.add_argument("--module", action="store_true", help="run .js files as ES modules (.mjs always are)")


def run(args, out, err=None):
    from minijs.host.node import NodeHost
    from minijs.jit import events
    from minijs.runtime.interrupt import Interrupt
    from minijs.tools.profile_model import build_profile
    from minijs.tools.profile_report import text_report
    from minijs.tools.profile_sampler import make_sampler
    err = err or sys.stderr
    if not os.path.isfile(args.file):
        from minijs.cli import UsageError
        raise UsageError("cannot find '%s'" % args.file)
    if args.interval <= 0:
        from minijs.cli import UsageError
        raise UsageError("--interval must be positive")
    jit_events = []
    native_codes = set()
    lock = threading.Lock()

    def on_event(kind, code, detail):
        with lock:
            jit_events.append((kind, code, detail))
            if kind == "compiled":
                native_codes.add(code)

    host = NodeHost(args.args, stdout=out, stderr=sys.stderr, script_path=args.file,
                    js_is_module=args.module)
    sampler = make_sampler(threading.get_ident(), args.interval / 1e3, native_codes)
    events.listeners.append(on_event)
    interrupted = None
    sampler.start()
    try:
        exit_code = host.run_main(args.file)
    except Interrupt as exc:            # Ctrl-C: the report of what ran, then stop as asked
        interrupted, exit_code = exc, None
    finally:
        sampler.stop()
        events.listeners.remove(on_event)
    try:
        out.flush()
    except (OSError, ValueError):
        pass
    with lock:
        recorded = list(jit_events)
    prof = build_profile(sampler.samples, sampler.interval, sampler.start_time, sampler.end_time,
                         recorded, sampler.overhead)
    prof.exit_code = exit_code
    prof.tick_source = sampler.source
    prof.interrupted = interrupted is not None
    report = text_report(prof, top=args.top)
    written = []
    if args.cpu_prof is not None:
        from minijs.tools.cpuprofile import write_cpuprofile
        path = args.cpu_prof or _default_cpuprofile_name(args.file)
        write_cpuprofile(prof, path)
        written.append(("cpu profile", path))
    if args.flamegraph:
        from minijs.tools.flamegraph import write_flamegraph
        write_flamegraph(prof, args.flamegraph, "minijs profile %s" % os.path.basename(args.file))
        written.append(("flame graph", args.flamegraph))
    report += "".join("%s written to %s\n" % w for w in written)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(report)
    else:
        err.write("\n" + report)
        err.flush()
    if interrupted is not None:
        raise interrupted
    return exit_code


def _default_cpuprofile_name(path):
    """node's --cpu-prof name: CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile;
    ours keeps the program's name in it."""
    stamp = time.strftime("%Y%m%d.%H%M%S")
    base = os.path.splitext(os.path.basename(path))[0]
    return "%s.%s.%d.cpuprofile" % (base, stamp, os.getpid())
