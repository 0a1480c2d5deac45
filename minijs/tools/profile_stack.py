"""The JS call stack of a paused thread, read from its Python frames (for
`minijs profile`'s sampler).

Where the JS stack is (the places interpreter/stackwalk.py reads for
Error.stack):

* the interpreter trampoline (`loop._run`): its local `frame` is the
  innermost interpreter Frame and `parent` links lead to the one it was
  entered with (`entry`);
* baseline direct code: a Python frame of a generated function whose
  code object is in `direct_calls.DIRECT_CODES`; its local `fn` is the
  JSFunction (read once per code object: a sample reads no locals there);
* built-ins called from direct code: a `direct_calls.call_native` frame;
* native (JIT) code, seen only while it calls back into Python: in
  `interrupt_check` (profile_native.py reads its activations), or in a
  deoptimization (a Frame made of a native activation, whose native
  callers are in stackwalk.NATIVE_CALLERS).  Native code entered from
  baseline code through `tiering.hot_call` runs the activation of the
  baseline frame below it (which the walk then skips), through
  `tiering.hot_loop` (OSR) it runs that frame's loop (marked native).

A walk runs while the program is stopped between two bytecodes (in a
signal handler of its own thread, or from the sampler thread holding the
GIL), so it only reads: no JS runs, no lock is taken, nothing imported.
"""

import dis
import sys

from minijs.bytecode import opcodes
from minijs.interpreter import direct_calls
from minijs.interpreter.state import STATE
from minijs.interpreter.stackwalk import NATIVE_CALLERS
from minijs.tools.profile_native import NativeStackReader

__all__ = ["StackWalker", "FRAME_INTERP", "FRAME_BASELINE", "FRAME_NATIVE", "FRAME_BUILTIN",
           "JIT_THREAD", "TRUNCATED", "MAX_FRAMES", "IN_NATIVE_CODE", "jit_compiling"]

# Tier marks, as V8's tick processor prints them.
FRAME_INTERP = "~"       # the generic interpreter loop (Ignition)
FRAME_BASELINE = "^"     # baseline Python code (Sparkplug)
FRAME_NATIVE = "*"       # native code from the JIT (TurboFan)
FRAME_BUILTIN = "b"      # a built-in function

# A late tick while the background compiler was working: it held the GIL.
JIT_THREAD = (("special", "(JIT compiler thread)"), None)

# A stack keeps its innermost MAX_FRAMES JS frames (V8's TickSample keeps
# 255), and a walk reads at most MAX_PY_FRAMES Python frames: a tick in a
# 10,000-deep recursion must not cost more than the program's run.
MAX_FRAMES = 255
MAX_PY_FRAMES = 4096
TRUNCATED = (("special", "(truncated stack)"), None)

# What a Python frame is to the walk
_OTHER, _TRAMPOLINE, _DIRECT, _CALL_NATIVE = "other", "trampoline", "direct", "call_native"
_INTERRUPT, _DEOPT, _HOT_CALL, _HOT_LOOP = "interrupt", "deopt", "hot_call", "hot_loop"

_OSR_LOOP = "OSR loop"

# walk's second result when the tick interrupted native code itself (its
# innermost JS frame is native): the time before it was that code's
IN_NATIVE_CODE = "native code"


class StackWalker:
    def __init__(self, native_codes=()):
        self.native_codes = native_codes  # CodeObjects with native code (filled by JIT events)
        self._kinds = {}                  # id(Python code) -> (code, kind, CodeObject or None)
        self._direct_seen = 0
        self._stacks = {}                 # one tuple per distinct stack: samples share them
        from minijs.interpreter.loop import _run
        self._trampoline = _run.__code__
        # where the trampoline has made STATE.frame its own frame (before
        # that, at its entry, STATE.frame is still its caller's)
        self._state_set_at = next(i.offset for i in dis.get_instructions(_run)
                                  if i.opname == "STORE_ATTR" and i.argval == "frame")
        self._call_native = direct_calls.call_native.__code__
        self._direct = direct_calls.DIRECT_CODES
        self._native = NativeStackReader()
        # id(Python code) -> (code, _entry_calls(code), is hot_loop); the
        # trampoline's now (the first tick in it would pay for it)
        self._entry_calls = {id(self._trampoline): (self._trampoline, _entry_calls(self._trampoline),
                                                    False)}

    def walk(self, py):
        """The JS stack of the paused thread whose innermost Python frame
        is `py`, outermost first, as a tuple of (key, tier) (key: a
        CodeObject, or ("builtin", name)); and the Python frame of the
        innermost JS activation (trampoline or direct) for late_owner, or
        IN_NATIVE_CODE when that activation is native code."""
        entries = []
        inner_py = None
        kinds = self._kinds
        if len(self._direct) != self._direct_seen:      # new direct code: classify again
            kinds.clear()
            self._direct_seen = len(self._direct)
        child = None
        innermost_trampoline = True
        # native code between here and the next activation below: ran
        # (an interrupt check, a deopt out of it); the room of the deopt
        native_above = False
        deopt_room = None
        # what the next JS activation below is: the OSR activation running
        # natively (mark it), or one a deopt already showed (skip it)
        next_native = skip_next = False
        if py is not None:
            # a tick that came while native code ran and returned without
            # an interrupt check: Python takes it just after the call
            returned = self._native_return(py)
            if returned is _OSR_LOOP:
                next_native = True
                inner_py = IN_NATIVE_CODE
            elif returned is not None:
                entries.append((returned, FRAME_NATIVE))
                inner_py = IN_NATIVE_CODE
        budget = MAX_PY_FRAMES
        while py is not None:
            budget -= 1
            if budget < 0 or len(entries) >= MAX_FRAMES:
                del entries[MAX_FRAMES:]
                entries.append(TRUNCATED)
                break
            pycode = py.f_code
            # by id: hashing a code object hashes its constants, every time
            known = kinds.get(id(pycode))
            if known is None or known[0] is not pycode:
                known = self._classify(py, pycode)
            kind = known[1]
            if kind is _TRAMPOLINE:
                if innermost_trampoline and py.f_lasti > self._state_set_at:
                    # its frame is STATE.frame (reading its locals would
                    # copy all 39 of them into a dict)
                    frame = STATE.frame
                else:
                    frame = py.f_locals.get("frame")
                innermost_trampoline = False
                if inner_py is None and frame is not None:
                    inner_py = (py, frame)
                if frame is not None and frame.native is not None:
                    entries.append((_builtin_key(frame.native), FRAME_BUILTIN))
                first = True
                while frame is not None:
                    code = frame.code
                    if first:
                        baseline = code.baseline
                        running_baseline = child is not None and baseline is not None \
                            and child.f_code is getattr(baseline, "__code__", None)
                        tier = FRAME_BASELINE if running_baseline else FRAME_INTERP
                        if next_native:
                            tier = FRAME_NATIVE
                        first = False
                    else:
                        tier = FRAME_BASELINE if code.baseline is not None else FRAME_INTERP
                    if skip_next:
                        skip_next = False
                    else:
                        entries.append((code, tier))
                    if frame.entry or len(entries) > MAX_FRAMES:
                        if NATIVE_CALLERS:      # a deoptimized frame: its native callers
                            for caller in NATIVE_CALLERS.get(id(frame), ()):
                                entries.append((caller.code, FRAME_NATIVE))
                        break
                    frame = frame.parent
                next_native = native_above = False
            elif kind is _DIRECT:
                if inner_py is None:
                    inner_py = (py, None)
                if skip_next:
                    skip_next = False
                else:
                    entries.append((known[2], FRAME_NATIVE if next_native else FRAME_BASELINE))
                next_native = native_above = False
            elif kind is _CALL_NATIVE:
                callee = py.f_locals.get("callee")
                if getattr(callee, "callable", False):
                    entries.append((_builtin_key(callee), FRAME_BUILTIN))
            elif kind is _INTERRUPT:
                if inner_py is None:
                    inner_py = IN_NATIVE_CODE
                room = py.f_locals.get("room", -1)
                entries.extend((code, FRAME_NATIVE) for code in
                               self._native.codes(room, MAX_FRAMES + 1 - len(entries)))
                native_above, deopt_room = True, None
            elif kind is _DEOPT:
                native_above, deopt_room = True, py.f_locals.get("room")
            elif kind is _HOT_CALL:
                # the native code it called runs (or deoptimized into a
                # Frame) the activation of the baseline frame below
                skip_next = native_above
                native_above = False
            elif kind is _HOT_LOOP:
                if native_above:
                    if deopt_room is not None and deopt_room == py.f_locals.get("room"):
                        skip_next = True        # the OSR activation deoptimized: shown above
                    else:
                        next_native = True      # its loop runs in native code
                native_above = False
            child = py
            py = py.f_back
        entries.reverse()
        stack = tuple(entries)
        return self._stacks.setdefault(stack, stack), inner_py

    def _native_return(self, py):
        """The CodeObject of the native callee whose call the Python frame
        `py` has just returned from (it stands at the call instruction),
        _OSR_LOOP for a native loop (OSR) that `tiering.hot_loop` ran, or
        None."""
        pycode = py.f_code
        known = self._entry_calls.get(id(pycode))
        if known is None or known[0] is not pycode:
            known = (pycode, _entry_calls(pycode), _jit_kind(pycode) is _HOT_LOOP)
            self._entry_calls[id(pycode)] = known
        name = known[1].get(py.f_lasti)
        if name is None:
            return None
        if known[2]:
            return _OSR_LOOP
        code = getattr(py.f_locals.get(name), "code", None)
        info = getattr(code, "jit", None)
        return code if info is not None and info.native is not None else None

    def _classify(self, py, pycode):
        """What a Python code object is to the walk, remembered by id (the
        entry holds the code object, so the id stays its own)."""
        if pycode is self._trampoline:
            known = (pycode, _TRAMPOLINE, None)
        elif pycode is self._call_native:
            known = (pycode, _CALL_NATIVE, None)
        elif pycode is self._native.check_code:
            known = (pycode, _INTERRUPT, None)
        elif pycode in self._direct:
            fn = py.f_locals.get("fn")
            if fn is None:                  # not bound yet: ask again next time
                return (pycode, _OTHER, None)
            # one direct code object per CodeObject
            known = (pycode, _DIRECT, fn.code)
        else:
            known = (pycode, _jit_kind(pycode), None)
        self._kinds[id(pycode)] = known
        return known

    def late_owner(self, inner_py):
        """Who most likely held the GIL before a late tick (native code
        runs no Python, so it shows only once it returns): an optimised
        function (as a stack entry), or None (unknown)."""
        if inner_py is None:
            return None
        py, frame = inner_py
        if frame is not None:
            code, pc = frame.code, frame.pc
        else:
            local = py.f_locals
            fn = local.get("fn")
            if fn is None:
                return None
            code, pc = fn.code, local.get("ip", 0)
        callee = _call_target(code, pc - 1)
        if callee is not None:
            info = getattr(callee, "code", None) and callee.code.jit
            if info is not None and (info.native is not None or info.osr_entries or info.compiles):
                return (callee.code, FRAME_NATIVE)
        elif code.call_sites.get(pc - 1) is not None and code.script is not None:
            # no call feedback (baseline fast paths do not record it): the
            # callee's source text against the names of native functions
            start, end = code.call_sites[pc - 1]
            name = "".join(code.script.source[start:end]).rsplit(".", 1)[-1].strip()
            named = [c for c in tuple(self.native_codes) if c.name == name]
            if len(named) == 1:
                return (named[0], FRAME_NATIVE)
        info = code.jit
        if info is not None and info.osr_entries:
            return (code, FRAME_NATIVE)
        return None


def _jit_kind(pycode):
    """What a code object of the JIT's Python side is to the walk (its
    modules are loaded by the time their code runs: no import here)."""
    tiering = sys.modules.get("minijs.jit.tiering")
    deopt = sys.modules.get("minijs.jit.deopt")
    if tiering is not None:
        if pycode is tiering.hot_call.__code__:
            return _HOT_CALL
        if pycode is tiering.hot_loop.__code__:
            return _HOT_LOOP
    if deopt is not None and pycode is deopt.deopt.__code__:
        return _DEOPT
    return _OTHER


_LOAD_FAST, _PRECALL, _JUMP_FORWARD = dis.opmap["LOAD_FAST"], dis.opmap["PRECALL"], dis.opmap["JUMP_FORWARD"]
_CALLS = {dis.opmap["CALL"], dis.opmap["CALL_FUNCTION_EX"]}
_EXTENDED_ARG, _CACHE = dis.EXTENDED_ARG, dis.opmap["CACHE"]


def _instructions(pycode):
    """[(offset, opcode, argument)] of `pycode`, without its caches (what
    dis.get_instructions gives, at a tenth of its cost)."""
    raw = pycode.co_code
    out = []
    ext = 0
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1] | ext
        if op == _EXTENDED_ARG:
            ext = arg << 8
            continue
        ext = 0
        if op != _CACHE:
            out.append((i, op, arg))
    return out


def _entry_calls(pycode):
    """{offset: name} for the instructions of `pycode` that call a local
    named `entry` (how the interpreter, baseline code, call_function and
    hot_loop call a direct or native entry): the call instruction (and
    the PRECALL before it, which makes the call of a built-in), with the
    name of the local given as first argument (the callee)."""
    names = pycode.co_varnames
    if "entry" not in names:
        return {}
    entry = names.index("entry")
    ins = _instructions(pycode)
    at = {offset: i for i, (offset, _op, _arg) in enumerate(ins)}
    calls = {}
    for i, (_offset, op, arg) in enumerate(ins):
        if op != _LOAD_FAST or arg != entry:
            continue
        first = names[ins[i + 1][2]] if i + 1 < len(ins) and ins[i + 1][1] == _LOAD_FAST else None
        depth, j = 1, i + 1
        while j < len(ins) and depth > 0:         # the fall-through path to the call
            offset, op, arg = ins[j]
            if op == _JUMP_FORWARD:               # (the `else` of a conditional argument)
                j = at.get(offset + 2 + 2 * arg, len(ins))
                continue
            depth += dis.stack_effect(op, arg if op >= dis.HAVE_ARGUMENT else None, jump=False)
            if depth <= 0 and op in _CALLS:
                calls[offset] = first
                if ins[j - 1][1] == _PRECALL:
                    calls[ins[j - 1][0]] = first
            j += 1
    return calls


def jit_compiling(exclude=None):
    """Is some thread (the JIT's background compiler) in the middle of a
    compile?  Reads frames only: no lock a paused program might hold."""
    for ident, py in sys._current_frames().items():
        if ident == exclude:
            continue
        while py is not None:
            if py.f_code.co_name == "_compile_and_install":
                return True
            py = py.f_back
    return False


def _call_target(code, pc):
    """The one callee the call instruction at `pc` has seen, if any."""
    if not 0 <= pc < len(code.ops):
        return None
    if not opcodes.OPCODES[code.ops[pc]].flags & opcodes.OpFlag.CALL:
        return None
    slot = code.feedback[pc]
    if slot is None or slot < 0 or slot >= len(code.feedback_vector):
        return None
    target = code.feedback_vector[slot]
    return target if hasattr(target, "code") else None


_builtin_names = {}      # id(fn) -> (fn, key)


def _builtin_key(fn):
    held = _builtin_names.get(id(fn))
    if held is not None and held[0] is fn:
        return held[1]
    try:
        name = fn.get_fast("name")           # an own data property: no JS runs
    except Exception:                        # noqa: BLE001 - a name is only decoration
        name = None
    key = ("builtin", name if isinstance(name, str) and name else "(anonymous)")
    if len(_builtin_names) < 10_000:
        _builtin_names[id(fn)] = (fn, key)      # holding fn keeps its id unique
    return key
