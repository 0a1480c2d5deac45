"""A fuzzing worker process: runs JS inputs in a fresh minijs.Context each
(time and memory limits on) and reports how each ended, one JSON line
per input on stdout.  The parent (runner.py) restarts it when it dies
(a crash) or stops answering (a hang past the time limit).

Input lines: {"source": text}.  Output: {"status": s, "detail": text}
with s one of ok, js-error, timeout, memory (all fine) or bug (a Python
exception escaped the API, or the engine reported an internal error).
"""

import json
import sys
import traceback

TIME_LIMIT = 2.0
MEMORY_LIMIT = 768 * 2 ** 20


def run_one(source):
    import minijs
    ctx = None
    try:
        ctx = minijs.Context(time_limit=TIME_LIMIT, memory_limit=MEMORY_LIMIT,
                             console=lambda line: None)
        ctx.eval(source, "fuzz.js")
        ctx.run_until_idle()
        return "ok", ""
    except minijs.JSError as e:
        if "internal error" in e.message or "internal:" in e.message:
            return "bug", "%s: %s" % (e.name, e.message)
        return "js-error", e.name
    except minijs.TimeoutError:
        return "timeout", ""
    except minijs.MemoryLimitError:
        return "memory", ""
    except minijs.ConversionError:
        return "ok", "result not convertible"
    except Exception:
        return "bug", traceback.format_exc(limit=8)


def main():
    out = sys.stdout
    sys.stdout = sys.stderr          # JS output or stray prints never corrupt the protocol
    for line in sys.stdin:
        request = json.loads(line)
        status, detail = run_one(request["source"])
        out.write(json.dumps({"status": status, "detail": detail}) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
