"""`minijs profile`'s terminal report: the hot functions as a sorted table
marked the way V8's tick processor marks tiers, then what the optimizing
tier did to them (when and why each tiered up, compile time, deopts with
their reasons, refusals)."""

from minijs.jit.interrupt import BUDGET
from minijs.tools.profile_model import tier_name
from minijs.tools.profile_sampler import call_budget
from minijs.tools.profile_stack import MAX_FRAMES

__all__ = ["text_report"]

LEGEND = ("marks: ~ interpreted   ^ baseline   * optimized (native, JIT)   "
          "(time split by the tier the samples saw)")

LIMITATION = (
    "note: native code holds the GIL: a tick that comes while it runs is taken when it calls back\n"
    "      into Python (its interrupt checks: every %s native calls while profiling, every\n"
    "      %s iterations of a native loop) or returns, and goes to the native stack seen then\n"
    "      (a native callee that returned stands for its own callees too); other late ticks\n"
    "      are \"(GIL held)\" (long C calls); time the program's thread did not run at all (its\n"
    "      CPU clock stood still) is \"(not running)\". Calls made inside native code are not counted.")


def _ms(seconds):
    return "%.1f" % (seconds * 1e3)


def _pct(part, whole):
    return "%.1f%%" % (100.0 * part / whole) if whole > 0 else "-"


def _tier_up(st):
    """'+0.123s hot (400 calls)' for the first optimisation request."""
    for t, kind, d in st.events:
        if kind == "requested":
            if d.get("osr_pc") is not None:
                return "+%.3fs OSR @%d" % (t, d["osr_pc"])
            return "+%.3fs %d calls" % (t, d.get("calls", 0))
    return ""


def text_report(prof, top=25, width=None):
    lines = []
    wall = prof.end_time - prof.start_time
    total = prof.profiled_seconds
    lines.append("minijs profile: %d samples every %.1f ms over %.3f s%s (%staking them cost %.1f ms)"
                 % (prof.sample_count, prof.interval * 1e3, wall,
                    ", interrupted (Ctrl-C)" if prof.interrupted else "",
                    prof.tick_source + "; " if prof.tick_source else "", prof.overhead_seconds * 1e3))
    if prof.late_count:
        lines.append("  %d late samples covered %.1f ms: %.1f ms the program's thread did not run "
                     "(busy machine or the JIT compiler thread), %.1f ms garbage collection,"
                     % (prof.late_count, prof.late_seconds * 1e3, prof.off_cpu_seconds * 1e3,
                        prof.gc_seconds * 1e3))
        lines.append("  %.1f ms the program held the GIL (native code, long C calls)"
                     % ((prof.late_seconds - prof.off_cpu_seconds - prof.gc_seconds) * 1e3))
    if prof.truncated_count:
        lines.append("  %d samples were deeper than %d JS frames: their outer frames are dropped "
                     "(outer functions' totals miss them)" % (prof.truncated_count, MAX_FRAMES))
    lines.append(LEGEND)
    lines.append("")
    header = ("%9s %6s %9s %6s %9s %9s %8s %-18s %6s %8s  %s"
              % ("self ms", "self", "total ms", "total", "interp", "native", "calls",
                 "tier-up", "deopts", "compile", "function"))
    lines.append(header)
    lines.append("-" * len(header))
    shown = 0
    for st in prof.hot_functions():
        if shown >= top:
            break
        if st.self_seconds <= 0 and not st.events:
            continue
        shown += 1
        info = st.jit
        deopts = str(info.deopts) if info is not None and info.deopts else ""
        compile_ms = _ms(sum(info.compile_seconds)) if info is not None and info.compile_seconds else ""
        calls = str(st.calls) if st.calls else ""
        where = st.func.location()
        name = "%s%s" % (st.mark(), st.func.name) + ("  " + where if where else "")
        if st.func.kind == "builtin":
            name = "  %s (built-in)" % st.func.name
        elif st.func.kind == "special":
            name = "  " + st.func.name
        lines.append("%9s %6s %9s %6s %9s %9s %8s %-18s %6s %8s  %s"
                     % (_ms(st.self_seconds), _pct(st.self_seconds, total), _ms(st.total_seconds),
                        _pct(st.total_seconds, total),
                        _ms(st.interpreted_seconds) if st.func.kind == "js" else "",
                        _ms(st.native_seconds) if st.func.kind == "js" else "",
                        calls, _tier_up(st), deopts, compile_ms, name))
    jit_lines = _jit_section(prof)
    if jit_lines:
        lines.append("")
        lines.append("optimizing tier (JIT):")
        lines.extend(jit_lines)
    lines.append("")
    lines.append(LIMITATION % ("{:,}".format(call_budget(prof.interval)), "{:,}".format(BUDGET)))
    return "\n".join(lines) + "\n"


def _jit_section(prof):
    out = []
    for st in sorted(prof.functions.values(), key=lambda s: -s.total_seconds):
        info = st.jit
        if st.func.kind != "js" or (info is None and not st.events):
            continue
        if info is not None and not st.events and info.state not in ("never", "failed"):
            continue
        where = st.func.location()
        out.append("  %s%s%s  [%s]" % (st.mark(), st.func.name, "  " + where if where else "",
                                       tier_name(st.mark()) if info is None or info.state != "never"
                                       else "not optimized"))
        for t, kind, d in st.events:
            if kind == "requested":
                if d.get("osr_pc") is not None:
                    why = "loop at bytecode @%d hot (%d back edges): on-stack replacement" \
                        % (d["osr_pc"], d.get("back_edges", 0))
                else:
                    why = "hot and stable (%d calls)" % d.get("calls", 0)
                out.append("      +%.3fs  marked for optimization: %s" % (t, why))
            elif kind == "compiled":
                what = "OSR entry @%d" % d["osr_pc"] if d.get("osr_pc") is not None else "function"
                out.append("      +%.3fs  optimized (%s), compile %.1f ms" % (t, what, d["seconds"] * 1e3))
            elif kind == "deopt":
                out.append("      +%.3fs  deoptimized: %s" % (t, d["reason"]))
        if info is not None and info.state == "never" and info.reason:
            out.append("      not optimized: %s" % info.reason)
    return out
