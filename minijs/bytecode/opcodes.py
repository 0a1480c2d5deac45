"""THE opcode table of minijs' stack bytecode (issue 3).

Every opcode is defined exactly once, in `_TABLE` below: name, number,
operand kind, stack effect, flags, feedback kind and a one-line doc.  The
compiler (through the assembler), the verifier, the disassembler, the
interpreter's dispatch and the JIT all read this table; nothing else may
know an opcode's operands or stack effect.  (QuickJS quickjs-opcode.h,
CPython Lib/opcode.py, V8 src/interpreter/bytecodes.h.)

Invariants (proved by `_self_check` at import time):
  * numbers are unique and dense 0..len(OPCODES)-1; names are unique;
  * every opcode has an operand kind from OPERAND_KINDS and a stack effect:
    a fixed (pops, pushes) pair, or a function of the operand for the
    variable ones (whose operand then has an argc/count part);
  * JUMP <=> the operand has a jump part; CONDITIONAL and LOOP_EDGE imply
    JUMP; TERMINATOR excludes CONDITIONAL; CALL implies MAY_THROW;
    HAS_FEEDBACK <=> feedback kind is not NONE;
  * superinstructions carry SUPERINSTRUCTION and are numbered after every
    basic opcode, so `op >= FIRST_SUPERINSTRUCTION` tells them apart.

Conventions the whole engine shares:
  * Stack pictures read bottom -> top: "[obj, key] -> [value]".
  * Stack effects count *all* values touched: an op that peeks at two
    values and pushes one more is (2, 3).  Every opcode has the same effect
    on its fall-through and on its jump edge.
  * Completion kinds for finally blocks: COMPLETION_NORMAL, _THROW,
    _RETURN, and COMPLETION_JUMP + i for the i-th break/continue target.
  * Generator resume modes pushed by YIELD: RESUME_NEXT, _THROW, _RETURN.
  * THE_HOLE (pushed by LOAD_HOLE) marks an uninitialised (TDZ) binding,
    an array literal elision and "no superclass" for CREATE_CLASS.
"""

from enum import IntEnum, IntFlag


# ---------------------------------------------------------------- operands
class Part(IntEnum):
    """One part of an operand: how it is encoded, decoded and printed."""
    REG = 1      # register index
    CONST = 2    # constant-pool index (the assembler interns the value)
    NAME = 3     # name-pool index (the assembler interns the str)
    DEPTH = 4    # context hops outwards from the current context
    SLOT = 5     # slot index inside a context
    JUMP = 6     # target instruction offset (assembler resolves a Label)
    ARGC = 7     # argument count of a call
    COUNT = 8    # element / value count
    IMM = 9      # small signed immediate (smi, flags, kind, index)
    CHILD = 10   # index into CodeObject.children (nested function code)


class OperandKind:
    """A named tuple of Parts.  Encoding in CodeObject.args: None for no
    part, a plain int for one part, a tuple of ints for several."""
    __slots__ = ("name", "parts")

    def __init__(self, name, parts):
        self.name = name
        self.parts = tuple(parts)

    def __repr__(self):
        return f"OperandKind({self.name})"


_P = Part
OPERAND_KINDS = {}


def _kind(name, *parts):
    k = OperandKind(name, parts)
    OPERAND_KINDS[name] = k
    return k


NONE = _kind("NONE")
REG = _kind("REG", _P.REG)
CONST = _kind("CONST", _P.CONST)
NAME = _kind("NAME", _P.NAME)
CONTEXT = _kind("CONTEXT", _P.DEPTH, _P.SLOT)
CONTEXT_NAME = _kind("CONTEXT_NAME", _P.DEPTH, _P.SLOT, _P.NAME)
REG_NAME = _kind("REG_NAME", _P.REG, _P.NAME)
JUMP_TARGET = _kind("JUMP_TARGET", _P.JUMP)
ARGC = _kind("ARGC", _P.ARGC)
COUNT = _kind("COUNT", _P.COUNT)
IMM = _kind("IMM", _P.IMM)
CHILD = _kind("CHILD", _P.CHILD)
CONST_PAIR = _kind("CONST_PAIR", _P.CONST, _P.CONST)
ARGC_CONST = _kind("ARGC_CONST", _P.ARGC, _P.CONST)
REG_IMM = _kind("REG_IMM", _P.REG, _P.IMM)
REG_REG = _kind("REG_REG", _P.REG, _P.REG)
REG_CONST_JUMP = _kind("REG_CONST_JUMP", _P.REG, _P.CONST, _P.JUMP)
REG_REG_JUMP = _kind("REG_REG_JUMP", _P.REG, _P.REG, _P.JUMP)


# ------------------------------------------------------------ flags, kinds
class OpFlag(IntFlag):
    NONE = 0
    JUMP = 1              # has a jump target
    CONDITIONAL = 2       # may fall through as well as jump
    TERMINATOR = 4        # never falls through (return, throw, rethrow)
    CALL = 8              # calls JS code (frames, stack traces, deopt points)
    MAY_THROW = 16        # may raise a JS exception
    HAS_FEEDBACK = 32     # owns a feedback slot (kind in OpInfo.feedback)
    LOOP_EDGE = 64        # loop back edge: interrupt check, OSR point
    SUSPEND = 128         # generator / async suspension point
    SUPERINSTRUCTION = 256  # fused sequence; the compiler may emit it or not


class FeedbackKind(IntEnum):
    """The closed set of feedback slot kinds (V8 feedback-vector.h)."""
    NONE = 0
    BINARY_OP = 1
    COMPARE = 2
    PROPERTY_LOAD = 3
    PROPERTY_STORE = 4
    KEYED_LOAD = 5
    KEYED_STORE = 6
    CALL = 7
    CONSTRUCT = 8
    GLOBAL_LOAD = 9
    GLOBAL_STORE = 10
    LOOP = 11        # back-edge counter (hotness, OSR)
    LITERAL = 12     # allocation site / boilerplate of a literal


# ------------------------------------------------------- shared constants
COMPLETION_NORMAL, COMPLETION_THROW, COMPLETION_RETURN, COMPLETION_JUMP = 0, 1, 2, 3
RESUME_NEXT, RESUME_THROW, RESUME_RETURN = 0, 1, 2
# DEFINE_* property flags (IMM operand)
DEFINE_ENUMERABLE = 1
# DEFINE_PRIVATE_METHOD / SET_FUNCTION_NAME kinds (IMM operand)
ACCESSOR_NONE, ACCESSOR_GET, ACCESSOR_SET = 0, 1, 2


# ---------------------------------------------------------------- OpInfo
class OpInfo:
    __slots__ = ("name", "code", "operand", "pops", "pushes", "effect",
                 "flags", "feedback", "doc")

    def __init__(self, name, code, operand, effect, flags, feedback, doc):
        self.name = name
        self.code = code
        self.operand = operand
        if callable(effect):
            self.pops = self.pushes = None
            self.effect = effect
        else:
            self.pops, self.pushes = effect
            self.effect = None
        self.flags = flags
        self.feedback = feedback
        self.doc = doc

    @property
    def variable_effect(self):
        return self.effect is not None

    def stack_effect(self, arg=None):
        """(pops, pushes) for this instruction with encoded operand `arg`."""
        if self.effect is None:
            return self.pops, self.pushes
        return self.effect(arg)

    def jump_target(self, arg):
        """The target offset in an encoded operand (JUMP opcodes only)."""
        parts = self.operand.parts
        if len(parts) == 1:
            return arg
        return arg[parts.index(Part.JUMP)]

    def __repr__(self):
        return f"<op {self.name}={self.code}>"


# --------------------------------------------------------------- the table
F = OpFlag
FB = FeedbackKind
T = F.MAY_THROW
J = F.JUMP
CJ = F.JUMP | F.CONDITIONAL
_argc2 = lambda argc: (argc + 2, 1)     # [callee, receiver, args...]
_argc1 = lambda argc: (argc + 1, 1)     # [callee, args...]
_count = lambda n: (n, 1)               # [v1..vn] -> [result]
_count2 = lambda n: (n + 2, 1)          # [a, b, v1..vn] -> [result]

# (name, operand kind, effect, flags, feedback, doc); numbers are positions.
_BASIC = [
    # -- constants
    ("NOP", NONE, (0, 0), 0, FB.NONE, "do nothing"),
    ("LOAD_UNDEFINED", NONE, (0, 1), 0, FB.NONE, "push undefined"),
    ("LOAD_NULL", NONE, (0, 1), 0, FB.NONE, "push null"),
    ("LOAD_TRUE", NONE, (0, 1), 0, FB.NONE, "push true"),
    ("LOAD_FALSE", NONE, (0, 1), 0, FB.NONE, "push false"),
    ("LOAD_SMI", IMM, (0, 1), 0, FB.NONE, "push the small integer operand"),
    ("LOAD_CONST", CONST, (0, 1), 0, FB.NONE, "push constant [i] (number, string, BigInt)"),
    ("LOAD_HOLE", NONE, (0, 1), 0, FB.NONE, "push THE_HOLE (TDZ marker / elision / no superclass)"),
    # -- stack shuffles
    ("POP", NONE, (1, 0), 0, FB.NONE, "[a] -> []"),
    ("DUP", NONE, (1, 2), 0, FB.NONE, "[a] -> [a, a]"),
    ("DUP2", NONE, (2, 4), 0, FB.NONE, "[a, b] -> [a, b, a, b]"),
    ("SWAP", NONE, (2, 2), 0, FB.NONE, "[a, b] -> [b, a]"),
    ("ROT3", NONE, (3, 3), 0, FB.NONE, "[a, b, c] -> [c, a, b]"),
    ("ROT4", NONE, (4, 4), 0, FB.NONE, "[a, b, c, d] -> [d, a, b, c]"),
    ("INSERT2", NONE, (2, 3), 0, FB.NONE, "[a, b] -> [b, a, b] (keep an assigned value)"),
    ("INSERT3", NONE, (3, 4), 0, FB.NONE, "[a, b, c] -> [c, a, b, c]"),
    ("INSERT4", NONE, (4, 5), 0, FB.NONE, "[a, b, c, d] -> [d, a, b, c, d]"),
    # -- registers (locals and temporaries of the frame)
    ("LOAD_REG", REG, (0, 1), 0, FB.NONE, "push register r"),
    ("STORE_REG", REG, (1, 0), 0, FB.NONE, "pop into register r"),
    ("LOAD_REG_CHECKED", REG_NAME, (0, 1), T, FB.NONE, "push register r; ReferenceError(name) if it holds THE_HOLE"),
    ("STORE_REG_CHECKED", REG_NAME, (1, 0), T, FB.NONE, "pop into register r; ReferenceError(name) if r holds THE_HOLE"),
    # -- contexts (captured variables); depth = hops outwards
    ("LOAD_CONTEXT", CONTEXT, (0, 1), 0, FB.NONE, "push context[depth].slot"),
    ("STORE_CONTEXT", CONTEXT, (1, 0), 0, FB.NONE, "pop into context[depth].slot"),
    ("LOAD_CONTEXT_CHECKED", CONTEXT_NAME, (0, 1), T, FB.NONE, "push context[depth].slot; ReferenceError(name) if THE_HOLE"),
    ("STORE_CONTEXT_CHECKED", CONTEXT_NAME, (1, 0), T, FB.NONE, "pop into context[depth].slot; ReferenceError(name) if it holds THE_HOLE"),
    ("PUSH_CONTEXT", CONST, (0, 0), 0, FB.NONE, "enter a new declarative context described by scope info [i]"),
    ("PUSH_WITH_CONTEXT", NONE, (1, 0), T, FB.NONE, "[obj] -> [], enter an object environment for `with` (ToObject)"),
    ("POP_CONTEXT", NONE, (0, 0), 0, FB.NONE, "leave the current context (back to its parent)"),
    ("SAVE_CONTEXT", REG, (0, 0), 0, FB.NONE, "store the current context in register r (try entry)"),
    ("RESTORE_CONTEXT", REG, (0, 0), 0, FB.NONE, "make register r the current context (handler entry)"),
    ("CHECK_TDZ", NAME, (1, 1), T, FB.NONE, "[v] -> [v]; ReferenceError(name) if v is THE_HOLE"),
    ("THROW_TYPE_ERROR", CONST, (0, 0), F.TERMINATOR | T, FB.NONE, "throw a TypeError with message [i]"),
    ("THROW_REFERENCE_ERROR", CONST, (0, 0), F.TERMINATOR | T, FB.NONE, "throw a ReferenceError with message [i] (e.g. `f() = 1`)"),
    ("THROW_CONST_ASSIGN", NAME, (0, 0), F.TERMINATOR | T, FB.NONE, "throw TypeError: assignment to constant `name`"),
    # -- globals and dynamic (eval / with) lookups
    ("LOAD_GLOBAL", NAME, (0, 1), T, FB.GLOBAL_LOAD, "push global `name`; ReferenceError if absent"),
    ("LOAD_GLOBAL_TYPEOF", NAME, (0, 1), T, FB.GLOBAL_LOAD, "push global `name`, undefined if absent (operand of typeof)"),
    ("STORE_GLOBAL", NAME, (1, 0), T, FB.GLOBAL_STORE, "pop into global `name` (strict code: ReferenceError if absent)"),
    ("INIT_GLOBAL", NAME, (1, 0), T, FB.NONE, "pop into the global let/const/class `name`, ending its TDZ (its declaration)"),
    ("DECLARE_GLOBALS", CONST, (0, 0), T, FB.NONE, "GlobalDeclarationInstantiation from descriptor [i]"),
    ("LOAD_LOOKUP", NAME, (0, 1), T, FB.NONE, "push `name` resolved through the context chain at run time"),
    ("LOAD_LOOKUP_TYPEOF", NAME, (0, 1), T, FB.NONE, "as LOAD_LOOKUP, undefined if unresolvable"),
    ("LOAD_LOOKUP_CALLEE", NAME, (0, 2), T, FB.NONE, "push [callee, this] for a call of `name` (with-object receiver)"),
    ("STORE_LOOKUP", NAME, (1, 0), T, FB.NONE, "pop into `name` resolved at run time"),
    ("DELETE_LOOKUP", NAME, (0, 1), T, FB.NONE, "push the result of `delete name` (sloppy)"),
    ("RESOLVE_LOOKUP", NAME, (0, 1), T, FB.NONE, "push a reference to `name` resolved now (an assignment's target, before its right side)"),
    ("LOAD_RESOLVED", NAME, (1, 2), T, FB.NONE, "[ref] -> [ref, value of the referenced `name`]"),
    ("STORE_RESOLVED", NAME, (2, 0), T, FB.NONE, "[ref, v] -> []: store v into the referenced `name`"),
    ("LOAD_MODULE_VAR", IMM, (0, 1), T, FB.NONE, "push module cell i (>0 export, <0 import); TDZ-checked"),
    ("STORE_MODULE_VAR", IMM, (1, 0), T, FB.NONE, "pop into module export cell i"),
    ("DYNAMIC_IMPORT", NONE, (1, 1), T, FB.NONE, "[specifier] -> [promise] for import()"),
    ("LOAD_IMPORT_META", NONE, (0, 1), 0, FB.NONE, "push import.meta"),
    ("MODULE_INITIALIZED", NONE, (0, 0), F.SUSPEND, FB.NONE, "end of a module's InitializeEnvironment: suspend its frame until Evaluate resumes it"),
    # -- function state
    ("LOAD_THIS", NONE, (0, 1), 0, FB.NONE, "push the receiver (sloppy: already ToObject / global)"),
    ("LOAD_NEW_TARGET", NONE, (0, 1), 0, FB.NONE, "push new.target (undefined for a call)"),
    ("LOAD_CALLEE", NONE, (0, 1), 0, FB.NONE, "push the active function object"),
    ("LOAD_HOME_OBJECT", NONE, (0, 1), 0, FB.NONE, "push the active function's [[HomeObject]]"),
    ("CREATE_MAPPED_ARGUMENTS", CONST, (0, 1), 0, FB.NONE, "push a sloppy arguments object aliasing the parameters; [i] = where each lives: (\"r\", reg) or (\"c\", slot)"),
    ("CREATE_UNMAPPED_ARGUMENTS", NONE, (0, 1), 0, FB.NONE, "push a strict arguments object"),
    ("CREATE_REST", IMM, (0, 1), 0, FB.NONE, "push an array of the arguments from index i on"),
    ("CHECK_THIS_INITIALIZED", NONE, (1, 1), T, FB.NONE, "[this] -> [this]; ReferenceError if THE_HOLE (super() not called)"),
    ("CHECK_SUPER_NOT_CALLED", NONE, (1, 1), T, FB.NONE, "[this] -> [this]; ReferenceError unless THE_HOLE (super() called twice)"),
    # -- properties
    ("GET_NAMED", NAME, (1, 1), T, FB.PROPERTY_LOAD, "[obj] -> [obj.name]"),
    ("GET_METHOD", NAME, (1, 2), T, FB.PROPERTY_LOAD, "[obj] -> [obj.name, obj] (callee, receiver for CALL)"),
    ("SET_NAMED", NAME, (2, 0), T, FB.PROPERTY_STORE, "[obj, v] -> []; obj.name = v"),
    ("GET_KEYED", NONE, (2, 1), T, FB.KEYED_LOAD, "[obj, key] -> [obj[key]]"),
    ("SET_KEYED", NONE, (3, 0), T, FB.KEYED_STORE, "[obj, key, v] -> []; obj[key] = v"),
    ("DELETE_PROPERTY", NONE, (2, 1), T, FB.NONE, "[obj, key] -> [bool] (strict code: TypeError if not deletable)"),
    ("IN", NONE, (2, 1), T, FB.NONE, "[key, obj] -> [key in obj]"),
    ("INSTANCEOF", NONE, (2, 1), T | F.CALL, FB.NONE, "[v, ctor] -> [v instanceof ctor]"),
    ("DEFINE_NAMED_OWN", NAME, (2, 1), T, FB.PROPERTY_STORE, "[obj, v] -> [obj]; define own data property `name` (literal)"),
    ("DEFINE_KEYED_OWN", NONE, (3, 1), T, FB.NONE, "[obj, key, v] -> [obj]; CreateDataPropertyOrThrow"),
    ("DEFINE_METHOD", IMM, (3, 1), T, FB.NONE, "[obj, key, fn] -> [obj]; method, HomeObject = obj; imm: DEFINE_ENUMERABLE"),
    ("DEFINE_GETTER", IMM, (3, 1), T, FB.NONE, "[obj, key, fn] -> [obj]; getter, HomeObject = obj; imm: DEFINE_ENUMERABLE"),
    ("DEFINE_SETTER", IMM, (3, 1), T, FB.NONE, "[obj, key, fn] -> [obj]; setter, HomeObject = obj; imm: DEFINE_ENUMERABLE"),
    ("SET_FUNCTION_NAME", IMM, (2, 2), T, FB.NONE, "[key, fn] -> [key, fn]; SetFunctionName(fn, key, prefix imm: ACCESSOR_*)"),
    ("SET_PROTO", NONE, (2, 1), 0, FB.NONE, "[obj, proto] -> [obj]; `__proto__: v` in a literal (ignored unless object/null)"),
    ("COPY_DATA_PROPERTIES", NONE, (2, 1), T, FB.NONE, "[obj, src] -> [obj]; object spread"),
    ("COPY_DATA_PROPERTIES_EXCLUDING", COUNT, _count2, T, FB.NONE, "[obj, src, k1..kn] -> [obj]; object rest"),
    ("TO_PROPERTY_KEY", IMM, (1, 1), T, FB.NONE,
     "[v] -> [ToPropertyKey(v)]; IMM 1: an element key, where an int stays an int "
     "(GET_KEYED / SET_KEYED convert it alike)"),
    ("REQUIRE_OBJECT_COERCIBLE", NONE, (1, 1), T, FB.NONE, "[v] -> [v]; TypeError if null or undefined"),
    ("THROW_IF_NOT_OBJECT", NONE, (1, 1), T, FB.NONE, "[v] -> [v]; TypeError unless v is an object (iterator results)"),
    # -- private names (#x); the private name value comes from its binding
    ("CREATE_PRIVATE_NAME", NAME, (0, 1), 0, FB.NONE, "push a new Private Name described `#name`"),
    ("GET_PRIVATE", NONE, (2, 1), T | F.CALL, FB.NONE, "[obj, pn] -> [obj.#pn] (field, method or getter)"),
    ("SET_PRIVATE", NONE, (3, 0), T | F.CALL, FB.NONE, "[obj, pn, v] -> []; obj.#pn = v"),
    ("DEFINE_PRIVATE_FIELD", NONE, (3, 1), T, FB.NONE, "[obj, pn, v] -> [obj]; PrivateFieldAdd"),
    ("DEFINE_PRIVATE_METHOD", IMM, (3, 1), T, FB.NONE, "[home, pn, fn] -> [home]; fn becomes pn's method / getter / setter (imm: ACCESSOR_*), HomeObject = home"),
    ("ADD_PRIVATE_METHOD", NONE, (2, 1), T, FB.NONE, "[obj, pn] -> [obj]; PrivateMethodOrAccessorAdd (the brand of a private method)"),
    ("PRIVATE_IN", NONE, (2, 1), T, FB.NONE, "[pn, obj] -> [#pn in obj]"),
    # -- super properties; home is the [[HomeObject]]
    ("LOAD_SUPER_BASE", NONE, (0, 1), T, FB.NONE, "push the active function's [[HomeObject]].[[GetPrototypeOf]]() (GetSuperBase)"),
    ("GET_SUPER_BASE", NONE, (1, 1), T, FB.NONE, "[fn] -> [GetSuperBase of fn] (super from arrows and eval code)"),
    ("GET_SUPER_NAMED", NAME, (2, 1), T | F.CALL, FB.NONE, "[this, base] -> [super.name]"),
    ("GET_SUPER_KEYED", NONE, (3, 1), T | F.CALL, FB.NONE, "[this, base, key] -> [super[key]]"),
    ("SET_SUPER_NAMED", NAME, (3, 0), T | F.CALL, FB.NONE, "[this, base, v] -> []; super.name = v"),
    ("SET_SUPER_KEYED", NONE, (4, 0), T | F.CALL, FB.NONE, "[this, base, key, v] -> []; super[key] = v"),
    ("GET_SUPER_CONSTRUCTOR", NONE, (1, 1), T, FB.NONE, "[fn] -> [fn.[[GetPrototypeOf]]()] (SUPER_CALL checks it is a constructor)"),
    ("SET_HOME_OBJECT", NONE, (2, 2), 0, FB.NONE, "[home, fn] -> [home, fn]; fn.[[HomeObject]] = home (field initializers)"),
    ("CHECK_DERIVED_RETURN", NONE, (2, 1), T, FB.NONE, "[v, this] -> [v if an object, else this]; TypeError unless v is an object or undefined, ReferenceError if this is THE_HOLE"),
    # -- unary operators
    ("NEG", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [-v]"),
    ("BITNOT", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [~v]"),
    ("NOT", NONE, (1, 1), 0, FB.NONE, "[v] -> [!v]"),
    ("TYPEOF", NONE, (1, 1), 0, FB.NONE, "[v] -> [typeof v]"),
    ("TO_NUMBER", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [ToNumber(v)] (unary +)"),
    ("TO_NUMERIC", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [ToNumeric(v)] (old value of x++)"),
    ("TO_STRING", NONE, (1, 1), T, FB.NONE, "[v] -> [ToString(v)] (template substitutions)"),
    ("INC", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [v + 1] (numeric v)"),
    ("DEC", NONE, (1, 1), T, FB.BINARY_OP, "[v] -> [v - 1] (numeric v)"),
    # -- binary operators: [a, b] -> [a op b]
    ("ADD", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a + b]"),
    ("SUB", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a - b]"),
    ("MUL", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a * b]"),
    ("DIV", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a / b]"),
    ("MOD", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a % b]"),
    ("EXP", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a ** b]"),
    ("SHL", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a << b]"),
    ("SAR", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a >> b]"),
    ("SHR", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a >>> b]"),
    ("BITAND", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a & b]"),
    ("BITOR", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a | b]"),
    ("BITXOR", NONE, (2, 1), T, FB.BINARY_OP, "[a, b] -> [a ^ b]"),
    # -- comparisons
    ("EQ", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a == b]"),
    ("NE", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a != b]"),
    ("STRICT_EQ", NONE, (2, 1), 0, FB.COMPARE, "[a, b] -> [a === b]"),
    ("STRICT_NE", NONE, (2, 1), 0, FB.COMPARE, "[a, b] -> [a !== b]"),
    ("LT", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a < b]"),
    ("GT", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a > b]"),
    ("LE", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a <= b]"),
    ("GE", NONE, (2, 1), T, FB.COMPARE, "[a, b] -> [a >= b]"),
    # -- control flow (&&, ||, ??, ?. are DUP + conditional jump + POP)
    ("JUMP", JUMP_TARGET, (0, 0), J, FB.NONE, "jump to target"),
    ("JUMP_LOOP", JUMP_TARGET, (0, 0), J | F.LOOP_EDGE, FB.LOOP, "loop back edge to target (hotness counter, interrupts, OSR)"),
    ("JUMP_IF_TRUE", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump if ToBoolean(v)"),
    ("JUMP_IF_FALSE", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump unless ToBoolean(v)"),
    ("JUMP_IF_NULLISH", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump if v is null or undefined"),
    ("JUMP_IF_NOT_NULLISH", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump unless v is null or undefined"),
    ("JUMP_IF_UNDEFINED", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump if v is undefined"),
    ("JUMP_IF_NOT_UNDEFINED", JUMP_TARGET, (1, 0), CJ, FB.NONE, "pop v; jump unless v is undefined (default values)"),
    ("RETURN", NONE, (1, 0), F.TERMINATOR, FB.NONE, "pop v and return it (async/generator frames settle their promise/result)"),
    ("THROW", NONE, (1, 0), F.TERMINATOR | T, FB.NONE, "pop v and throw it"),
    ("RETHROW", NONE, (1, 0), F.TERMINATOR | T, FB.NONE, "pop v and rethrow it keeping its original stack trace"),
    ("ENTER_FINALLY", IMM, (1, 2), 0, FB.NONE, "[v] -> [v, kind]; tag a completion (COMPLETION_*) before jumping to finally"),
    ("LEAVE_FINALLY", NONE, (2, 2), T, FB.NONE, "[v, kind] -> [v, kind]; rethrow v if kind is COMPLETION_THROW, else keep for dispatch"),
    ("DEBUGGER", NONE, (0, 0), 0, FB.NONE, "debugger statement (a breakpoint hook)"),
    # -- calls: [callee, receiver, args...] / [callee, args...]
    ("CALL", ARGC, _argc2, F.CALL | T, FB.CALL, "[callee, this, a1..an] -> [result]"),
    ("CALL_UNDEFINED", ARGC, _argc1, F.CALL | T, FB.CALL, "[callee, a1..an] -> [result], this = undefined"),
    ("CALL_SPREAD", NONE, (3, 1), F.CALL | T, FB.CALL, "[callee, this, argsArray] -> [result]"),
    ("CALL_EVAL", ARGC_CONST, lambda a: (a[0] + 1, 1), F.CALL | T, FB.CALL,
     "[callee, a1..an] -> [result]; direct eval (scope descriptor [i]) if callee is %eval%"),
    ("CONSTRUCT", ARGC, _argc1, F.CALL | T, FB.CONSTRUCT, "[ctor, a1..an] -> [new ctor(...)]"),
    ("CONSTRUCT_SPREAD", NONE, (2, 1), F.CALL | T, FB.CONSTRUCT, "[ctor, argsArray] -> [new ctor(...args)]"),
    ("SUPER_CALL", ARGC, _argc2, F.CALL | T, FB.CONSTRUCT, "[superCtor, newTarget, a1..an] -> [this]"),
    ("SUPER_CALL_SPREAD", NONE, (3, 1), F.CALL | T, FB.CONSTRUCT, "[superCtor, newTarget, argsArray] -> [this]"),
    ("INIT_CLASS_FIELDS", NONE, (2, 0), F.CALL | T, FB.NONE, "[ctor, this] -> []; run ctor's field initializers and private methods on this"),
    # -- closures, classes and literals
    ("CREATE_CLOSURE", CHILD, (0, 1), 0, FB.NONE, "push a new function for child code [i] over the current context"),
    ("CREATE_CLASS", CHILD, (1, 2), T, FB.NONE, "[super|THE_HOLE] -> [ctor, proto]; constructor from child code [i]"),
    ("SET_CLASS_FIELDS", NONE, (2, 1), 0, FB.NONE, "[ctor, initFn] -> [ctor]; install the instance field initializer"),
    ("CREATE_OBJECT", NONE, (0, 1), 0, FB.LITERAL, "push a new empty ordinary object"),
    ("CREATE_ARRAY", COUNT, _count, 0, FB.LITERAL, "[v1..vn] -> [array]; THE_HOLE elements are elisions"),
    ("ARRAY_APPEND", NONE, (2, 1), 0, FB.NONE, "[arr, v] -> [arr]; push v (THE_HOLE: elision)"),
    ("ARRAY_APPEND_SPREAD", NONE, (2, 1), T | F.CALL, FB.NONE, "[arr, iterable] -> [arr]; append every iterated value"),
    ("CREATE_REGEXP", CONST_PAIR, (0, 1), T, FB.LITERAL, "push a new RegExp(pattern [i], flags [j])"),
    ("GET_TEMPLATE_OBJECT", CONST, (0, 1), 0, FB.LITERAL, "push the (per-site cached) template object for descriptor [i]"),
    # -- iteration: an iterator record is two stack values [iter, next]
    ("GET_ITERATOR", NONE, (1, 2), T | F.CALL, FB.CALL, "[obj] -> [iter, next]; GetIterator(obj, sync)"),
    ("GET_ASYNC_ITERATOR", NONE, (1, 2), T | F.CALL, FB.CALL, "[obj] -> [iter, next]; GetIterator(obj, async)"),
    ("ITERATOR_NEXT", NONE, (2, 3), T | F.CALL, FB.CALL, "[iter, next] -> [iter, next, result]; call next (async: await result next)"),
    ("ITERATOR_DONE", NONE, (1, 2), T | F.CALL, FB.NONE, "[result] -> [result, done]; TypeError unless result is an object"),
    ("ITERATOR_VALUE", NONE, (1, 1), T | F.CALL, FB.NONE, "[result] -> [result.value]"),
    ("ITERATOR_CLOSE", NONE, (2, 0), T | F.CALL, FB.NONE, "[iter, next] -> []; IteratorClose on a normal completion"),
    ("ITERATOR_CLOSE_QUIET", NONE, (2, 0), T | F.CALL, FB.NONE, "[iter, next] -> []; IteratorClose on a throw completion (errors ignored)"),
    ("FOR_IN_PREPARE", NONE, (1, 1), T, FB.NONE, "[obj] -> [enumerator] (null/undefined: empty)"),
    ("FOR_IN_NEXT", NONE, (1, 2), T, FB.NONE, "[enum] -> [enum, key | undefined when exhausted]"),
    # -- generators and async functions
    ("GENERATOR_START", REG, (0, 0), F.SUSPEND, FB.NONE, "suspend after argument binding; the call returns the generator (also kept in register r)"),
    ("YIELD", NONE, (1, 2), F.SUSPEND, FB.NONE, "[v] -> [received, mode]; suspend yielding v, resume with RESUME_*"),
    ("GENERATOR_RESUME", JUMP_TARGET, (2, 1), CJ | T, FB.NONE, "[v, mode] -> [v]; next: go on; throw: throw v; return: jump to target"),
    ("ASYNC_GENERATOR_YIELD", REG, (1, 2), F.SUSPEND | T, FB.NONE, "[v] -> [received, mode]; AsyncGeneratorYield for the generator in register r: settle the first request, go on with the next or suspend"),
    ("ASYNC_ITERATOR_RETURN", JUMP_TARGET, (2, 1), CJ | T | F.CALL, FB.NONE, "[iter, next] -> [iter.return()]; jump with [undefined] if there is no `return` (AsyncIteratorClose, then AWAIT)"),
    ("ASYNC_YIELD_STAR_CALL", NONE, (4, 4), T | F.CALL, FB.NONE, "[iter, next, received, mode] -> [iter, next, x, flag]; yield* in an async generator calls next/throw/return (flag = that mode, x its result to await), 3: no `return`, x = the value to await and return; 4: no `throw`, x = what `return` gave, to await before the TypeError"),
    ("YIELD_ITER_RESULT", NONE, (1, 2), F.SUSPEND, FB.NONE, "[result] -> [received, mode]; suspend yielding an inner iterator's result object as it is (yield*)"),
    ("YIELD_STAR_STEP", NONE, (4, 4), T | F.CALL, FB.NONE, "[iter, next, received, mode] -> [iter, next, x, flag]; one step of yield*: flag 0: x is a result to yield, 1: x is the value of yield*, 2: x is a value to return"),
    ("ASYNC_START", REG, (0, 0), F.SUSPEND | F.CALL | T, FB.NONE, "first op of an async function: its activation into register r, run the body until it awaits, the call returns the promise"),
    ("AWAIT", REG, (1, 2), F.SUSPEND | T, FB.NONE, "[v] -> [received, mode]; suspend the async activation in register r until v settles (GENERATOR_RESUME follows)"),
]

# Superinstructions: fused sequences the compiler may emit instead of the
# plain ones; each doc says what it is equivalent to.
_SUPER = [
    ("LOAD_REG_ADD_SMI", REG_IMM, (0, 1), T, FB.BINARY_OP, "push r + imm (= LOAD_REG r; LOAD_SMI imm; ADD)"),
    ("INC_REG", REG, (0, 0), T, FB.BINARY_OP, "r = r + 1 for numeric r (= LOAD_REG r; INC; STORE_REG r)"),
    ("LOAD_REG2", REG_REG, (0, 2), 0, FB.NONE, "push r1, push r2 (= LOAD_REG r1; LOAD_REG r2)"),
    ("TEE_REG", REG, (1, 1), 0, FB.NONE, "store top in r, keep it (= DUP; STORE_REG r)"),
    ("GET_NAMED_REG", REG_NAME, (0, 1), T, FB.PROPERTY_LOAD, "push r.name (= LOAD_REG r; GET_NAMED name)"),
    ("JUMP_IF_REG_NOT_LT_CONST", REG_CONST_JUMP, (0, 0), CJ | T, FB.COMPARE, "jump unless r < [c] (= LOAD_REG; LOAD_CONST; LT; JUMP_IF_FALSE)"),
    ("JUMP_IF_REG_NOT_LT_REG", REG_REG_JUMP, (0, 0), CJ | T, FB.COMPARE, "jump unless r1 < r2 (= LOAD_REG2; LT; JUMP_IF_FALSE)"),
    ("RETURN_UNDEFINED", NONE, (0, 0), F.TERMINATOR, FB.NONE, "return undefined (= LOAD_UNDEFINED; RETURN)"),
]

OPCODES = []
BY_NAME = {}
for _group, _extra in ((_BASIC, 0), (_SUPER, F.SUPERINSTRUCTION)):
    for _name, _operand, _effect, _flags, _fb, _doc in _group:
        _flags = F(_flags) | _extra
        if _fb != FB.NONE:
            _flags |= F.HAS_FEEDBACK
        _info = OpInfo(_name, len(OPCODES), _operand, _effect, _flags, _fb, _doc)
        OPCODES.append(_info)
        BY_NAME[_name] = _info
        globals()[_name] = _info.code

FIRST_SUPERINSTRUCTION = len(_BASIC)
NUM_OPCODES = len(OPCODES)
# per-number views for hot paths (interpreter, verifier)
NAMES = tuple(i.name for i in OPCODES)
FLAGS = tuple(int(i.flags) for i in OPCODES)
FEEDBACK = tuple(i.feedback for i in OPCODES)


def opinfo(op):
    """OpInfo for an opcode number or name."""
    return BY_NAME[op] if isinstance(op, str) else OPCODES[op]


def check_dispatch(handlers, what="interpreter"):
    """Prove a dispatch table covers every opcode (call it at import time
    of the interpreter / JIT).  `handlers` is a sequence indexed by opcode
    number or a mapping keyed by number or name."""
    missing = []
    for info in OPCODES:
        if isinstance(handlers, dict):
            ok = handlers.get(info.code) or handlers.get(info.name)
        else:
            ok = info.code < len(handlers) and handlers[info.code]
        if not ok:
            missing.append(info.name)
    if missing:
        raise AssertionError(f"{what}: no handler for {', '.join(missing)}")


class OpcodeTableError(Exception):
    pass


def _self_check():
    errors = []
    seen = set()
    for i, info in enumerate(OPCODES):
        n = info.name
        if info.code != i:
            errors.append(f"{n}: number {info.code} is not its position {i}")
        if n in seen or not n.isupper():
            errors.append(f"{n}: duplicate or badly formed name")
        seen.add(n)
        if info.operand not in OPERAND_KINDS.values():
            errors.append(f"{n}: unknown operand kind {info.operand!r}")
            continue
        parts = info.operand.parts
        if not info.doc:
            errors.append(f"{n}: no doc line")
        if info.variable_effect:
            if not any(p in (Part.ARGC, Part.COUNT) for p in parts):
                errors.append(f"{n}: variable stack effect without argc/count operand")
            for k in (0, 1, 5):
                eff = info.stack_effect(k if len(parts) == 1 else (k,) * len(parts))
                if not (isinstance(eff, tuple) and len(eff) == 2 and min(eff) >= 0):
                    errors.append(f"{n}: stack effect({k}) = {eff!r}")
        elif not (isinstance(info.pops, int) and isinstance(info.pushes, int)
                  and info.pops >= 0 and info.pushes >= 0):
            errors.append(f"{n}: bad stack effect")
        fl = info.flags
        if bool(fl & F.JUMP) != (Part.JUMP in parts):
            errors.append(f"{n}: JUMP flag disagrees with its operand")
        if parts.count(Part.JUMP) > 1:
            errors.append(f"{n}: more than one jump target")
        if fl & (F.CONDITIONAL | F.LOOP_EDGE) and not fl & F.JUMP:
            errors.append(f"{n}: CONDITIONAL/LOOP_EDGE without JUMP")
        if fl & F.TERMINATOR and fl & F.CONDITIONAL:
            errors.append(f"{n}: TERMINATOR and CONDITIONAL")
        if fl & F.CALL and not fl & F.MAY_THROW:
            errors.append(f"{n}: CALL without MAY_THROW")
        if not isinstance(info.feedback, FeedbackKind):
            errors.append(f"{n}: feedback kind outside the closed set")
        if bool(fl & F.HAS_FEEDBACK) != (info.feedback != FeedbackKind.NONE):
            errors.append(f"{n}: HAS_FEEDBACK disagrees with feedback kind")
        if (fl & F.LOOP_EDGE) != 0 and info.feedback != FeedbackKind.LOOP:
            errors.append(f"{n}: loop edge without LOOP feedback")
        if bool(fl & F.SUPERINSTRUCTION) != (i >= FIRST_SUPERINSTRUCTION):
            errors.append(f"{n}: superinstructions must follow all basic opcodes")
    if errors:
        raise OpcodeTableError("opcode table inconsistent:\n  " + "\n  ".join(errors))


_self_check()

__all__ = ["OPCODES", "BY_NAME", "NAMES", "FLAGS", "FEEDBACK", "NUM_OPCODES",
           "FIRST_SUPERINSTRUCTION", "OpInfo", "OpFlag", "FeedbackKind", "Part",
           "OperandKind", "OPERAND_KINDS", "opinfo", "check_dispatch",
           "OpcodeTableError"] + list(NAMES)
