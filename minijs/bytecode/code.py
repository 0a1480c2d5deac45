"""CodeObject: the compiled form of one function / script / module / eval.

Instruction encoding (chosen for a Python interpreter loop):
    ops[i]       opcode number (int) of instruction i
    args[i]      its operand: None (no operand), an int (one part), or a
                 tuple of ints (several parts, in the order of the opcode's
                 OperandKind.parts, e.g. CONTEXT -> (depth, slot))
    feedback[i]  the feedback slot index of instruction i, or -1
An instruction *offset* is its index in these lists (not a byte offset);
jump operands hold target offsets.  Unpacking `depth, slot = args[pc]`
costs less in CPython than shifting and masking a packed int, and the
lists are built once by the Assembler and never mutated afterwards.

Tables:
    positions    compact source-position table: parallel lists
                 `pos_offsets` (increasing instruction offsets) and
                 `pos_sources` (source offsets); an instruction maps to the
                 entry at or before it.  Only changes are recorded.
    handlers     HandlerEntry(start, end, handler, depth), innermost first:
                 an exception raised by an instruction in [start, end)
                 unwinds the operand stack to `depth`, pushes the exception
                 and continues at `handler` (which therefore starts at
                 depth + 1).
"""

import bisect
from enum import IntFlag

from minijs.jit.options import OPTIONS as _JIT


class CodeFlag(IntFlag):
    NONE = 0
    STRICT = 1
    ARROW = 2
    GENERATOR = 4
    ASYNC = 8
    METHOD = 16              # has a [[HomeObject]] (methods, accessors)
    CLASS_CONSTRUCTOR = 32   # throws when called without new
    DERIVED = 64             # derived class constructor (this starts in TDZ)
    SCRIPT = 128
    MODULE = 256
    EVAL = 512
    NEEDS_ARGUMENTS = 1024   # creates an arguments object
    HAS_SIMPLE_PARAMETERS = 2048


class HandlerEntry:
    __slots__ = ("start", "end", "handler", "depth")

    def __init__(self, start, end, handler, depth):
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth

    def __iter__(self):
        return iter((self.start, self.end, self.handler, self.depth))

    def __eq__(self, other):
        return isinstance(other, HandlerEntry) and tuple(self) == tuple(other)

    def __repr__(self):
        return f"HandlerEntry([{self.start}, {self.end}) -> {self.handler}, depth {self.depth})"


class CodeObject:
    """Immutable once assembled; see the module docstring for the layout."""

    def __init__(self, name, *, param_count=0, register_count=0, max_stack=0,
                 ops=(), args=(), feedback=(), feedback_kinds=(), constants=(),
                 names=(), children=(), pos_offsets=(), pos_sources=(),
                 handlers=(), flags=CodeFlag.NONE, line_table=None,
                 function_length=None, source_range=None):
        self.name = name
        self.source_range = source_range   # (start, end) source offsets, for toString
        self.param_count = param_count
        self.function_length = param_count if function_length is None else function_length
        self.register_count = register_count
        self.max_stack = max_stack
        self.stack_depths = None       # per instruction, set by the verifier
        self.ops = list(ops)
        self.args = list(args)
        self.feedback = list(feedback) if feedback else [-1] * len(self.ops)
        self.feedback_kinds = list(feedback_kinds)   # slot -> FeedbackKind
        self.constants = list(constants)
        self.names = list(names)
        self.children = list(children)
        self.pos_offsets = list(pos_offsets)
        self.pos_sources = list(pos_sources)
        self.handlers = list(handlers)
        self.flags = CodeFlag(flags)
        self.line_table = line_table   # anything with .position(src_offset) -> (line, col)
        # Run-time state attached by the engine (not part of the immutable
        # code): the feedback vector (one entry per slot, see
        # interpreter/feedback.py), the invocation counter, and the script
        # this code came from (file name, source text) for stack traces.
        self.feedback_vector = [None] * len(self.feedback_kinds)
        self.invocation_count = 0
        self.back_edges = 0
        self.baseline = None           # the baseline tier's frame entry, once compiled
        self.direct = None             # its direct [[Call]] entry, if the code allows one
        self.direct_construct = False  # [[Construct]] may use it too (no new.target)
        self.direct_deferred = False   # compiled at the next call (loop.tier_up_running)
        self.tiering_failed = False    # a translation failed: stay in the generic loop
        # The optimizing tier (minijs/jit): its JitInfo, and the call and
        # back-edge counts at which baseline code asks it to optimise.
        self.jit = None
        self.opt_at = max(_JIT.call_threshold, 1) if _JIT.enabled else 1 << 62
        self.osr_at = max(_JIT.osr_threshold, 1) if _JIT.enabled else 1 << 62
        # Does the code read its argument list after entry (arguments
        # object, rest parameter)?  If not, a call may hand its fresh
        # argument list over as the register file.
        from minijs.bytecode import opcodes as _op
        self.reads_arguments = any(o in (_op.CREATE_REST, _op.CREATE_MAPPED_ARGUMENTS,
                                         _op.CREATE_UNMAPPED_ARGUMENTS) for o in self.ops)
        self.script = None
        self.module = None             # module code: its SourceTextModule (interpreter/module_records.py)
        self.call_sites = {}           # offset of a call -> (start, end) of its callee

    # ---------------------------------------------------------------- sizes
    def __len__(self):
        return len(self.ops)

    @property
    def feedback_slot_count(self):
        return len(self.feedback_kinds)

    @property
    def frame_size(self):
        return self.register_count + self.max_stack

    @property
    def strict(self):
        return bool(self.flags & CodeFlag.STRICT)

    # ------------------------------------------------------------ positions
    def source_offset_for(self, offset):
        """Source offset of the instruction at `offset`, or None."""
        i = bisect.bisect_right(self.pos_offsets, offset) - 1
        return self.pos_sources[i] if i >= 0 else None

    def line_for(self, offset, line_table=None):
        """1-based source line of the instruction at `offset`, or None
        (no position recorded, or no line table)."""
        table = line_table or self.line_table
        src = self.source_offset_for(offset)
        if table is None or src is None:
            return None
        return table.position(src)[0]

    def handler_for(self, offset):
        """The innermost HandlerEntry covering `offset`, or None."""
        for h in self.handlers:
            if h.start <= offset < h.end:
                return h
        return None

    def instructions(self):
        """Yield (offset, op, arg, feedback_slot)."""
        return zip(range(len(self.ops)), self.ops, self.args, self.feedback)

    def walk(self):
        """This code object and all nested ones, depth first."""
        yield self
        for c in self.children:
            if isinstance(c, CodeObject):
                yield from c.walk()

    def __repr__(self):
        return f"<CodeObject {self.name or '(anonymous)'} ops={len(self.ops)}>"
