"""Type feedback for operators and calls (V8's BinaryOperationHint,
CompareOperationHint and call feedback), kept in the code's feedback
vector next to the inline caches of property sites (inline_cache.py).

* Operator sites (FeedbackKind BINARY_OP, COMPARE) hold an int: the
  union of the operand types seen, as bits (0 or None: never ran).
* Call sites (CALL, CONSTRUCT) hold the one callee seen
  (monomorphic) or MEGAMORPHIC.

Who records: the generic interpreter loop records every execution.
Baseline code is specialised on the feedback it was translated with
(its fast paths are for the types already recorded); anything else
reaches its slow path, which records it.  So the feedback is always the
union of what the site has seen: what the JIT will speculate on.
"""

from minijs.runtime.values import JSBigInt
from minijs.interpreter.inline_cache import MEGAMORPHIC

__all__ = ["SMALL_INT", "NUMBER", "STRING", "BIGINT", "BOOLEAN", "OTHER", "HINTS",
           "operand_bits", "record_operands", "record_operand", "record_call",
           "describe", "MEGAMORPHIC"]

SMALL_INT = 1      # a Python int: a safe integer (the JIT narrows it to int32)
NUMBER = 2         # a Python float
STRING = 4
BIGINT = 8
BOOLEAN = 16
OTHER = 32         # undefined, null, objects, symbols

HINTS = {int: SMALL_INT, float: NUMBER, str: STRING, JSBigInt: BIGINT, bool: BOOLEAN}

_NAMES = ((SMALL_INT, "SignedSmall"), (NUMBER, "Number"), (STRING, "String"),
          (BIGINT, "BigInt"), (BOOLEAN, "Boolean"), (OTHER, "Any"))


def operand_bits(v):
    return HINTS.get(type(v), OTHER)


def record_operands(vector, index, a, b):
    vector[index] = (vector[index] or 0) | HINTS.get(type(a), OTHER) | HINTS.get(type(b), OTHER)


def record_operand(vector, index, a):
    vector[index] = (vector[index] or 0) | HINTS.get(type(a), OTHER)


def record_call(vector, index, callee):
    f = vector[index]
    if f is None:
        vector[index] = callee
    elif f is not callee and f is not MEGAMORPHIC:
        vector[index] = MEGAMORPHIC


def describe(bits):
    """The feedback bits as V8-style names ("SignedSmall|Number")."""
    if not bits:
        return "None"
    return "|".join(name for bit, name in _NAMES if bits & bit)
