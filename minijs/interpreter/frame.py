"""Interpreter frames and contexts (docs/internals/engine.md, "Frames").

A Frame is the whole state of one activation, in plain fields, so the
deoptimiser can rebuild one and a generator can keep one:

    code      the CodeObject being run
    func      the JSFunction (None for scripts / eval code)
    pc        the offset of the next instruction
    regs      the register file: arguments, locals, temporaries
    stack     the operand stack (a Python list, top at the end)
    context   the innermost Context (captured variables)
    this, new_target, args   the call's receiver, new.target, arguments
    parent    the calling frame (the JS call stack is this chain)
    depth     number of frames below, for the stack limit
    construct True when called by [[Construct]]: a non-object return
              value is replaced by `this`
    entry     True for the frame a Python caller (a built-in calling back
              into JS) is waiting for: the loop returns to Python when it
              finishes
    native, native_this   the built-in function (and receiver) this frame
              is calling right now, if any: stack traces show it as a frame
              (`at Array.forEach (<anonymous>)`)

A Context is a heap-allocated scope (V8's Context): `slots` for captured
bindings, `parent`, and `desc` (the ContextDescriptor: slot names for
sloppy-eval lookups and debugging) or, for `with`, the object.
"""

__all__ = ["Frame", "Context", "THE_HOLE"]


class _TheHole:
    """The TDZ marker / array-literal elision (never a JS value)."""
    __slots__ = ()

    def __repr__(self):
        return "<the hole>"


THE_HOLE = _TheHole()


class Context:
    __slots__ = ("slots", "parent", "desc", "with_object")

    def __init__(self, slots, parent, desc, with_object=None):
        self.slots = slots
        self.parent = parent
        self.desc = desc
        self.with_object = with_object


class Frame:
    __slots__ = ("code", "func", "pc", "regs", "stack", "context", "this",
                 "new_target", "args", "parent", "depth", "construct",
                 "entry", "realm", "completion", "native", "native_this")

    def __init__(self, code, func, regs, context, this, new_target, args,
                 parent, realm):
        self.code = code
        self.func = func
        self.pc = 0
        self.regs = regs
        self.stack = []
        self.context = context
        self.this = this
        self.new_target = new_target
        self.args = args
        self.parent = parent
        self.depth = parent.depth + 1 if parent is not None else 0
        self.construct = False
        self.entry = False
        self.realm = realm
        self.completion = None
        self.native = None        # the built-in this frame is calling, if any

    def __repr__(self):
        return "<Frame %s pc=%d>" % (self.code.name or "(anonymous)", self.pc)
