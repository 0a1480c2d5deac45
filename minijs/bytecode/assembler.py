"""Assembler: the only place that computes instruction offsets.

The compiler drives it:

    asm = Assembler("f", param_count=1, register_count=2, flags=CodeFlag.STRICT)
    loop, done = asm.new_label(), asm.new_label()
    asm.bind(loop)
    asm.emit(LOAD_REG, 0, source_offset=14)
    asm.emit(JUMP_IF_FALSE, done)
    ...
    asm.emit(JUMP_LOOP, loop)
    asm.bind(done)
    code = asm.assemble()          # resolves labels, verifies, max_stack

Operands are given as the compiler knows them, one value per operand part
(a tuple when the kind has several parts):
    REG, DEPTH, SLOT, ARGC, COUNT, IMM   int
    CONST                                the value itself (interned here:
                                         -0 vs 0, NaN once, 1 vs "1" vs 1.0)
    NAME                                 str (interned in the name pool)
    JUMP                                 a Label from new_label()
    CHILD                                a CodeObject (or a lazy placeholder)
Feedback slots are allocated here, one per emitted site whose opcode has a
feedback kind.  Handler ranges are declared with labels.
"""

import math

from minijs.bytecode.code import CodeFlag, CodeObject, HandlerEntry
from minijs.bytecode.opcodes import BY_NAME, OPCODES, FeedbackKind, Part


class AssemblerError(Exception):
    pass


class Label:
    __slots__ = ("name", "offset")

    def __init__(self, name=None):
        self.name = name
        self.offset = None     # set by Assembler.bind

    @property
    def bound(self):
        return self.offset is not None

    def __repr__(self):
        where = "unbound" if self.offset is None else f"@{self.offset}"
        return f"<Label {self.name or ''} {where}>"


def const_key(value):
    """Interning key of a constant: JS-distinct values get distinct keys."""
    t = type(value)
    if t is float:
        if value != value:
            return ("nan",)
        return ("f", value, math.copysign(1.0, value))
    if t is int or t is str or t is bool:
        return (t.__name__, value)
    try:
        hash(value)
    except TypeError:
        return ("id", id(value))
    return (t, value)


_INT_PARTS = (Part.REG, Part.DEPTH, Part.SLOT, Part.ARGC, Part.COUNT, Part.IMM)


class Assembler:
    def __init__(self, name="", *, param_count=0, register_count=0,
                 flags=CodeFlag.NONE, line_table=None, function_length=None,
                 source_range=None):
        self.name = name
        self.source_range = source_range
        self.param_count = param_count
        self.register_count = register_count
        self.flags = CodeFlag(flags)
        self.line_table = line_table
        self.function_length = function_length
        self._ops = []
        self._args = []          # encoded, except Labels still symbolic
        self._feedback = []
        self._feedback_kinds = []
        self._fixups = []        # (instruction, part index or None, Label)
        self._constants = []
        self._const_index = {}
        self._names = []
        self._name_index = {}
        self._children = []
        self._child_index = {}
        self._pos_offsets = []
        self._pos_sources = []
        self._handlers = []      # (start, end, handler Labels, depth)
        self._call_sites = {}    # instruction -> (start, end) of the callee's source
        self._labels = []

    # --------------------------------------------------------------- pools
    def add_const(self, value):
        key = const_key(value)
        i = self._const_index.get(key)
        if i is None:
            i = self._const_index[key] = len(self._constants)
            self._constants.append(value)
        return i

    def add_name(self, name):
        if type(name) is not str:
            raise AssemblerError(f"name pool entries are str, not {name!r}")
        i = self._name_index.get(name)
        if i is None:
            i = self._name_index[name] = len(self._names)
            self._names.append(name)
        return i

    def add_child(self, code):
        i = self._child_index.get(id(code))
        if i is None:
            i = self._child_index[id(code)] = len(self._children)
            self._children.append(code)
        return i

    def new_register(self):
        """Allocate one more register; returns its index."""
        self.register_count += 1
        return self.register_count - 1

    # -------------------------------------------------------------- labels
    def new_label(self, name=None):
        label = Label(name)
        self._labels.append(label)
        return label

    def bind(self, label):
        """Bind `label` to the next instruction emitted."""
        if label.offset is not None:
            raise AssemblerError(f"label {label!r} bound twice")
        label.offset = len(self._ops)

    def add_handler(self, start, end, handler, depth):
        """Exceptions raised in [start, end) unwind the operand stack to
        `depth`, push the exception and continue at `handler`.  Declare
        nested ranges in any order; assemble() sorts innermost first."""
        for lab in (start, end, handler):
            if not isinstance(lab, Label):
                raise AssemblerError(f"handler ranges take Labels, not {lab!r}")
        if depth < 0:
            raise AssemblerError(f"negative handler depth {depth}")
        self._handlers.append((start, end, handler, depth))

    # ---------------------------------------------------------------- emit
    def emit(self, op, operand=None, source_offset=None):
        """Append one instruction; returns nothing (offsets are private)."""
        info = BY_NAME[op] if isinstance(op, str) else OPCODES[op]
        parts = info.operand.parts
        index = len(self._ops)
        if not parts:
            if operand is not None:
                raise AssemblerError(f"{info.name} takes no operand, got {operand!r}")
            arg = None
        elif len(parts) == 1:
            arg = self._encode(info, parts[0], operand, index, None)
        else:
            if not isinstance(operand, tuple) or len(operand) != len(parts):
                raise AssemblerError(
                    f"{info.name} takes a {len(parts)}-tuple "
                    f"({', '.join(p.name.lower() for p in parts)}), got {operand!r}")
            arg = tuple(self._encode(info, p, v, index, k)
                        for k, (p, v) in enumerate(zip(parts, operand)))
        self._ops.append(info.code)
        self._args.append(arg)
        if info.feedback != FeedbackKind.NONE:
            self._feedback.append(len(self._feedback_kinds))
            self._feedback_kinds.append(info.feedback)
        else:
            self._feedback.append(-1)
        if source_offset is not None and (
                not self._pos_sources or self._pos_sources[-1] != source_offset):
            self._pos_offsets.append(index)
            self._pos_sources.append(source_offset)

    def _encode(self, info, part, value, index, k):
        if part is Part.JUMP:
            if not isinstance(value, Label):
                raise AssemblerError(f"{info.name}: jump operands are Labels, got {value!r}")
            self._fixups.append((index, k, value))
            return -1
        if part is Part.CONST:
            return self.add_const(value)
        if part is Part.NAME:
            return self.add_name(value)
        if part is Part.CHILD:
            return self.add_child(value)
        if type(value) is not int:
            raise AssemblerError(f"{info.name}: {part.name.lower()} operand must be int, got {value!r}")
        if part is not Part.IMM and value < 0:
            raise AssemblerError(f"{info.name}: negative {part.name.lower()} {value}")
        if part is Part.REG and value >= self.register_count:
            raise AssemblerError(f"{info.name}: register r{value} >= register count {self.register_count}")
        return value

    # ------------------------------------------------------------ assemble
    def note_call_site(self, start, end):
        """The callee of the instruction just emitted spans source
        [start, end) (V8 names it in "x is not a function")."""
        self._call_sites[len(self._ops) - 1] = (start, end)

    def assemble(self, verify=True):
        """Resolve labels, build the tables, verify; returns a CodeObject."""
        args = list(self._args)
        for index, k, label in self._fixups:
            if label.offset is None:
                raise AssemblerError(
                    f"{OPCODES[self._ops[index]].name} at @{index} jumps to unbound label {label!r}")
            if k is None:
                args[index] = label.offset
            else:
                a = list(args[index])
                a[k] = label.offset
                args[index] = tuple(a)
        handlers = []
        for start, end, handler, depth in self._handlers:
            for lab in (start, end, handler):
                if lab.offset is None:
                    raise AssemblerError(f"handler range uses unbound label {lab!r}")
            if start.offset > end.offset:
                raise AssemblerError(f"handler range [{start.offset}, {end.offset}) is reversed")
            if start.offset < end.offset:
                handlers.append(HandlerEntry(start.offset, end.offset, handler.offset, depth))
        handlers.sort(key=lambda h: (h.end - h.start, h.start))
        code = CodeObject(
            self.name, param_count=self.param_count, register_count=self.register_count,
            ops=self._ops, args=args, feedback=self._feedback,
            feedback_kinds=self._feedback_kinds, constants=self._constants,
            names=self._names, children=self._children,
            pos_offsets=self._pos_offsets, pos_sources=self._pos_sources,
            handlers=handlers, flags=self.flags, line_table=self.line_table,
            function_length=self.function_length, source_range=self.source_range)
        code.call_sites = self._call_sites
        if verify:
            from minijs.bytecode.verifier import verify as _verify
            code.max_stack = _verify(code)
        return code
