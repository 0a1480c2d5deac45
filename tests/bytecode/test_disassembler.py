"""Golden disassembly of a hand-assembled function.

Regenerate with MINIJS_UPDATE_GOLDEN=1 after an intended format change, and
read the diff."""

import os
from pathlib import Path

from minijs.bytecode import Assembler, CodeFlag, disassemble
from minijs.bytecode import opcodes as op
from minijs.bytecode.disassembler import js_repr
from minijs.syntax.source import LineTable

GOLDEN = Path(__file__).parent / "golden"

SOURCE = """\
function outer(a) {
  let s = "text";
  try {
    s = s + a.x;
  } catch (e) {
    s = -0;
  }
  return () => s;
}
"""


def build():
    lines = LineTable(SOURCE)
    inner = Assembler("", flags=CodeFlag.STRICT | CodeFlag.ARROW, line_table=lines)
    inner.emit(op.LOAD_CONTEXT_CHECKED, (0, 0, "s"), source_offset=SOURCE.index("s;\n}"))
    inner.emit(op.RETURN)
    child = inner.assemble()

    asm = Assembler("outer", param_count=1, register_count=2, line_table=lines)
    start, end, handler, done = (asm.new_label() for _ in range(4))
    asm.emit(op.PUSH_CONTEXT, ("scope", ("s",)))
    asm.emit(op.LOAD_CONST, "text", source_offset=SOURCE.index('s = "'))
    asm.emit(op.STORE_CONTEXT, (0, 0))
    asm.emit(op.SAVE_CONTEXT, 1)
    asm.bind(start)
    asm.emit(op.LOAD_CONTEXT_CHECKED, (0, 0, "s"), source_offset=SOURCE.index("s = s"))
    asm.emit(op.LOAD_REG, 0)
    asm.emit(op.GET_NAMED, "x", source_offset=SOURCE.index("a.x"))
    asm.emit(op.ADD)
    asm.emit(op.STORE_CONTEXT, (0, 0))
    asm.bind(end)
    asm.emit(op.JUMP, done)
    asm.bind(handler)
    asm.emit(op.RESTORE_CONTEXT, 1, source_offset=SOURCE.index("catch"))
    asm.emit(op.POP)
    asm.emit(op.LOAD_CONST, -0.0, source_offset=SOURCE.index("s = -0"))
    asm.emit(op.STORE_CONTEXT, (0, 0))
    asm.bind(done)
    asm.emit(op.CREATE_CLOSURE, child, source_offset=SOURCE.index("return"))
    asm.emit(op.RETURN)
    asm.add_handler(start, end, handler, 0)
    return asm.assemble()


def test_golden_disassembly():
    text = disassemble(build())
    path = GOLDEN / "outer.txt"
    if os.environ.get("MINIJS_UPDATE_GOLDEN"):
        path.write_text(text)
    assert text == path.read_text()


def test_js_repr():
    assert js_repr(-0.0) == "-0"
    assert js_repr(float("nan")) == "NaN"
    assert js_repr(float("-inf")) == "-Infinity"
    assert js_repr('a"b\n') == '"a\\"b\\n"'
    assert js_repr(True) == "true"
    assert js_repr(12) == "12"


def test_opcode_reference_lists_every_opcode():
    from minijs.bytecode.disassembler import describe_opcodes
    text = describe_opcodes()
    assert len(text.splitlines()) == len(op.OPCODES) + 1
    assert " CALL " in text and "superinstructions" in text
