"""LLVM IR as text, written fast: the part of llvmlite.ir's module and
builder API that the lowering (lowering.py) uses, with each instruction
formatted once, straight into its block's list of lines.

Why not llvmlite.ir itself: it makes several objects per instruction
(names registered and deduplicated, operands wrapped) and formats every
one of them again in str(module).  Lowering the n-body kernel's two units
took 70-115 ms of Python that way, more than LLVM took to optimise and
compile them; the same text comes out of here about ten times faster.

Differences from llvmlite.ir, all on purpose:
  - `alloca` always goes to the top of the function's entry block, as
    clang emits it: an alloca in a loop body (a call's argument vector
    in a slow path) would otherwise grow the stack on every iteration.
  - Values are named `%.N` in order of creation; phis and blocks keep
    the names given (a block name already used gets a `.N` suffix).
  - Types compare by their text, so `IntType(32) == i32` holds for any
    two instances.
"""

import contextlib
import struct

__all__ = ["IntType", "DoubleType", "FloatType", "PointerType", "VoidType", "FunctionType", "StructType",
           "Constant", "Undefined", "Module", "Function", "GlobalVariable", "IRBuilder"]


# -- types ---------------------------------------------------------------------------------

class Type:
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<type %s>" % self.text

    def __eq__(self, other):
        return isinstance(other, Type) and other.text == self.text

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.text)

    def __call__(self, value):
        """A constant of this type (as llvmlite's `i32(5)`)."""
        return Constant(self, value)


class StructType(Type):
    __slots__ = ("elements",)

    def __init__(self, elements):
        super().__init__("{%s}" % ", ".join(e.text for e in elements))
        self.elements = elements


class FunctionType:
    __slots__ = ("return_type", "args")

    def __init__(self, return_type, args):
        self.return_type = return_type
        self.args = list(args)


_INT_TYPES = {}


def IntType(bits):                          # noqa: N802 - llvmlite.ir's name
    t = _INT_TYPES.get(bits)
    if t is None:
        t = _INT_TYPES[bits] = Type("i%d" % bits)
    return t


_DOUBLE, _FLOAT, _PTR, _VOID = Type("double"), Type("float"), Type("ptr"), Type("void")


def DoubleType():                           # noqa: N802
    return _DOUBLE


def FloatType():                            # noqa: N802
    return _FLOAT


def PointerType():                          # noqa: N802 - opaque pointers only
    return _PTR


def VoidType():                             # noqa: N802
    return _VOID


# -- values --------------------------------------------------------------------------------

class Value:
    """A typed operand: `ref` is its text (`%.5`, `42`, `@"f"`)."""

    __slots__ = ("type", "ref")

    def __init__(self, typ, ref):
        self.type = typ
        self.ref = ref

    def __str__(self):
        return "%s %s" % (self.type.text, self.ref)


def _constant_text(typ, value):
    if typ is _PTR or typ == _PTR:
        if value is not None:
            raise ValueError("a pointer constant is null (use inttoptr for an address)")
        return "null"
    if typ is _DOUBLE or typ is _FLOAT:
        # LLVM reads a float constant exactly only in hexadecimal (a double's bits even for
        # `float`, whose value must then be exactly representable)
        bits = struct.unpack("<Q", struct.pack("<d", 0.0 if value is None else float(value)))[0]
        return "0x%016X" % bits             # (-0.0 keeps its sign)
    return "%d" % (0 if value is None else int(value))


def Constant(typ, value):                   # noqa: N802 - llvmlite.ir's name
    """A constant; None is zero (null for pointers)."""
    return Value(typ, _constant_text(typ, value))


def Undefined(typ):                         # noqa: N802
    """`undef` of `typ` (a phi input from a path that never reads it)."""
    return Value(typ, "undef")


class _Phi(Value):
    """A phi whose incoming edges are added later; its line is written
    when the module is."""

    __slots__ = ("incoming",)

    def __init__(self, typ, ref):
        super().__init__(typ, ref)
        self.incoming = []

    def add_incoming(self, value, block):
        self.incoming.append("[ %s, %%%s ]" % (value.ref, block.name))

    def line(self):
        return "  %s = phi %s %s" % (self.ref, self.type.text, ", ".join(self.incoming))


# -- module, globals, functions, blocks ----------------------------------------------------------

class Module:
    def __init__(self, name=""):
        self.name = name
        self.triple = ""
        self.data_layout = ""
        self.globals = {}           # name -> Function or GlobalVariable, in order of creation
        self._metadata = {}         # text -> "!N"

    def metadata(self, text):
        """The reference of a metadata node with this text (made once)."""
        ref = self._metadata.get(text)
        if ref is None:
            ref = self._metadata[text] = "!%d" % len(self._metadata)
        return ref

    def declare_intrinsic(self, name, return_type, arg_types):
        fn = self.globals.get(name)
        if fn is None:
            fn = Function(self, FunctionType(return_type, arg_types), name)
        return fn

    def __str__(self):
        out = ["; ModuleID = '%s'" % self.name,
               'target triple = "%s"' % self.triple,
               'target datalayout = "%s"' % self.data_layout, ""]
        for g in self.globals.values():
            out.append(g.text())
        for text, ref in self._metadata.items():
            out.append("%s = %s" % (ref, text))
        return "\n".join(out) + "\n"


class GlobalVariable(Value):
    def __init__(self, module, typ, name):
        super().__init__(_PTR, '@"%s"' % name)
        self.value_type = typ
        self.name = name
        self.global_constant = False
        self.linkage = ""
        self.initializer = None
        module.globals[name] = self

    def text(self):
        init = self.initializer.ref if self.initializer is not None else "zeroinitializer"
        return "%s = %s%s %s %s" % (self.ref, self.linkage + " " if self.linkage else "",
                                    "constant" if self.global_constant else "global",
                                    self.value_type.text, init)


class Block:
    __slots__ = ("function", "name", "lines", "is_terminated")

    def __init__(self, function, name):
        self.function = function
        self.name = name
        self.lines = []             # text lines, and _Phi objects written at the end
        self.is_terminated = False


class Function(Value):
    def __init__(self, module, ftype, name):
        super().__init__(_PTR, '@"%s"' % name)
        self.module = module
        self.ftype = ftype
        self.name = name
        self.linkage = ""
        self.args = [Value(t, "%%a%d" % i) for i, t in enumerate(ftype.args)]
        self.blocks = []
        self.allocas = []           # lines, written at the top of the entry block
        self._names = set()
        self._count = 0
        module.globals[name] = self

    def append_basic_block(self, name="bb"):
        block = Block(self, self.unique_name(name))
        self.blocks.append(block)
        return block

    def unique_name(self, name):
        """`name`, or `name.N` if taken (blocks and named values share one
        namespace in a function)."""
        unique, n = name, 0
        while unique in self._names:
            n += 1
            unique = "%s.%d" % (name, n)
        self._names.add(unique)
        return unique

    def new_name(self):
        self._count += 1
        return "%%.%d" % self._count

    def text(self):
        ret = self.ftype.return_type.text
        if not self.blocks:
            return "declare %s %s(%s)" % (ret, self.ref, ", ".join(t.text for t in self.ftype.args))
        params = ", ".join("%s %s" % (a.type.text, a.ref) for a in self.args)
        out = ["define %s%s %s(%s) {" % (self.linkage + " " if self.linkage else "", ret, self.ref,
                                         params)]
        for i, block in enumerate(self.blocks):
            out.append("%s:" % block.name)
            if i == 0:
                out.extend(self.allocas)
            out.extend(line if isinstance(line, str) else line.line() for line in block.lines)
        out.append("}")
        return "\n".join(out)


# -- the builder ---------------------------------------------------------------------------------

_ICMP_SIGNED = {"<": "slt", "<=": "sle", ">": "sgt", ">=": "sge", "==": "eq", "!=": "ne"}
_ICMP_UNSIGNED = {"<": "ult", "<=": "ule", ">": "ugt", ">=": "uge", "==": "eq", "!=": "ne"}
_FCMP_ORDERED = {"<": "olt", "<=": "ole", ">": "ogt", ">=": "oge", "==": "oeq", "!=": "one"}
_FCMP_UNORDERED = {"<": "ult", "<=": "ule", ">": "ugt", ">=": "uge", "==": "ueq", "!=": "une"}
_I1 = IntType(1)


class IRBuilder:
    def __init__(self, block):
        self.position_at_end(block)

    def position_at_end(self, block):
        self.block = block
        self._lines = block.lines

    def _owner(self):
        return self.block.function

    def append_basic_block(self, name="bb"):
        """A new block of the function being built (the builder stays)."""
        return self.block.function.append_basic_block(name)

    def _value(self, typ, text):
        ref = self._owner().new_name()
        self._lines.append("  %s = %s" % (ref, text))
        return Value(typ, ref)

    def _terminate(self, text):
        self._lines.append("  " + text)
        self.block.is_terminated = True

    # arithmetic and logic (operands of one type)
    def _binary(self, op, a, b):
        return self._value(a.type, "%s %s %s, %s" % (op, a.type.text, a.ref, b.ref))

    def add(self, a, b):
        return self._binary("add", a, b)

    def sub(self, a, b):
        return self._binary("sub", a, b)

    def mul(self, a, b):
        return self._binary("mul", a, b)

    def srem(self, a, b):
        return self._binary("srem", a, b)

    def and_(self, a, b):
        return self._binary("and", a, b)

    def or_(self, a, b):
        return self._binary("or", a, b)

    def xor(self, a, b):
        return self._binary("xor", a, b)

    def shl(self, a, b):
        return self._binary("shl", a, b)

    def lshr(self, a, b):
        return self._binary("lshr", a, b)

    def ashr(self, a, b):
        return self._binary("ashr", a, b)

    def fadd(self, a, b):
        return self._binary("fadd", a, b)

    def fsub(self, a, b):
        return self._binary("fsub", a, b)

    def fmul(self, a, b):
        return self._binary("fmul", a, b)

    def fdiv(self, a, b):
        return self._binary("fdiv", a, b)

    def frem(self, a, b):
        return self._binary("frem", a, b)

    def fneg(self, a):
        return self._value(a.type, "fneg %s %s" % (a.type.text, a.ref))

    def not_(self, a):
        return self._value(a.type, "xor %s %s, %s" % (a.type.text, a.ref,
                                                       "true" if a.type == _I1 else "-1"))

    def _overflow(self, op, a, b):
        """llvm.<op>.with.overflow: a {result, overflowed} pair."""
        pair = StructType([a.type, _I1])
        fn = self._owner().module.declare_intrinsic("llvm.%s.with.overflow.%s" % (op, a.type.text),
                                                    pair, [a.type, a.type])
        return self.call(fn, [a, b])

    def sadd_with_overflow(self, a, b):
        return self._overflow("sadd", a, b)

    def ssub_with_overflow(self, a, b):
        return self._overflow("ssub", a, b)

    def smul_with_overflow(self, a, b):
        return self._overflow("smul", a, b)

    def insert_value(self, aggregate, value, index):
        return self._value(aggregate.type, "insertvalue %s %s, %s %s, %d" % (
            aggregate.type.text, aggregate.ref, value.type.text, value.ref, index))

    def extract_value(self, aggregate, index):
        return self._value(aggregate.type.elements[index],
                           "extractvalue %s %s, %d" % (aggregate.type.text, aggregate.ref, index))

    # comparisons and selection
    def _compare(self, op, table, sym, a, b):
        return self._value(_I1, "%s %s %s %s, %s" % (op, table[sym], a.type.text, a.ref, b.ref))

    def icmp_signed(self, sym, a, b):
        return self._compare("icmp", _ICMP_SIGNED, sym, a, b)

    def icmp_unsigned(self, sym, a, b):
        return self._compare("icmp", _ICMP_UNSIGNED, sym, a, b)

    def fcmp_ordered(self, sym, a, b):
        return self._compare("fcmp", _FCMP_ORDERED, sym, a, b)

    def fcmp_unordered(self, sym, a, b):
        return self._compare("fcmp", _FCMP_UNORDERED, sym, a, b)

    def select(self, cond, a, b):
        return self._value(a.type, "select i1 %s, %s %s, %s %s"
                           % (cond.ref, a.type.text, a.ref, b.type.text, b.ref))

    # conversions
    def _cast(self, op, v, typ):
        return self._value(typ, "%s %s %s to %s" % (op, v.type.text, v.ref, typ.text))

    def zext(self, v, typ):
        return self._cast("zext", v, typ)

    def sext(self, v, typ):
        return self._cast("sext", v, typ)

    def trunc(self, v, typ):
        return self._cast("trunc", v, typ)

    def fptosi(self, v, typ):
        return self._cast("fptosi", v, typ)

    def sitofp(self, v, typ):
        return self._cast("sitofp", v, typ)

    def uitofp(self, v, typ):
        return self._cast("uitofp", v, typ)

    def fpext(self, v, typ):
        return self._cast("fpext", v, typ)

    def fptrunc(self, v, typ):
        return self._cast("fptrunc", v, typ)

    def bitcast(self, v, typ):
        return self._cast("bitcast", v, typ)

    def inttoptr(self, v, typ):
        """(Of a constant address: a constant expression, no instruction,
        so it can also be a phi input from another block.)"""
        if v.ref.lstrip("-").isdigit():
            return Value(typ, "inttoptr (%s %s to %s)" % (v.type.text, v.ref, typ.text))
        return self._cast("inttoptr", v, typ)

    def ptrtoint(self, v, typ):
        return self._cast("ptrtoint", v, typ)

    # memory
    def load(self, pointer, typ):
        return self._value(typ, "load %s, ptr %s" % (typ.text, pointer.ref))

    def store(self, value, pointer):
        self._lines.append("  store %s %s, ptr %s" % (value.type.text, value.ref, pointer.ref))

    def gep(self, pointer, indices, source_etype):
        return self._value(_PTR, "getelementptr %s, ptr %s, %s" % (
            source_etype.text, pointer.ref, ", ".join("%s %s" % (i.type.text, i.ref) for i in indices)))

    def alloca(self, typ, size=None):
        """Stack memory for the whole activation (see the module docstring)."""
        f = self._owner()
        ref = f.new_name()
        count = "" if size is None else ", i64 %d" % size
        f.allocas.append("  %s = alloca %s%s" % (ref, typ.text, count))
        return Value(_PTR, ref)

    # calls and control flow
    def call(self, fn, args):
        ret = fn.ftype.return_type
        text = "call %s %s(%s)" % (ret.text, fn.ref, ", ".join("%s %s" % (a.type.text, a.ref) for a in args))
        if ret is _VOID:
            self._lines.append("  " + text)
            return None
        return self._value(ret, text)

    def phi(self, typ, name=None):
        f = self._owner()
        phi = _Phi(typ, "%" + f.unique_name(name) if name else f.new_name())
        self._lines.append(phi)
        return phi

    def ret(self, value):
        self._terminate("ret %s %s" % (value.type.text, value.ref))

    def unreachable(self):
        self._terminate("unreachable")

    def branch(self, target):
        self._terminate("br label %%%s" % target.name)

    def cbranch(self, cond, then, otherwise, likely=None):
        """`likely`: True/False sets branch weights (99:1) toward `then`/`otherwise`."""
        weights = ""
        if likely is not None:
            meta = self._owner().module.metadata(
                '!{!"branch_weights", i32 %d, i32 %d}' % ((99, 1) if likely else (1, 99)))
            weights = ", !prof " + meta
        self._terminate("br i1 %s, label %%%s, label %%%s%s" % (cond.ref, then.name, otherwise.name,
                                                                weights))

    @contextlib.contextmanager
    def if_then(self, pred, likely=None):
        """Code in the `with` body runs when `pred`; the builder ends after it."""
        f = self._owner()
        then = f.append_basic_block(self.block.name + ".if")
        after = f.append_basic_block(self.block.name + ".endif")
        self.cbranch(pred, then, after, likely)
        self.position_at_end(then)
        yield after
        if not self.block.is_terminated:
            self.branch(after)
        self.position_at_end(after)
