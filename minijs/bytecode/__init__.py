"""minijs.bytecode: THE opcode table, CodeObject, assembler, verifier,
disassembler.  Knows nothing of the compiler, the VM or the runtime.

    from minijs.bytecode import opcodes as op
    asm = Assembler("f", param_count=1, register_count=1)
    asm.emit(op.LOAD_REG, 0); asm.emit(op.RETURN)
    print(disassemble(asm.assemble()))
"""

from minijs.bytecode.assembler import Assembler, AssemblerError, Label
from minijs.bytecode.code import CodeFlag, CodeObject, HandlerEntry
from minijs.bytecode.disassembler import disassemble
from minijs.bytecode.opcodes import BY_NAME, OPCODES, FeedbackKind, OpFlag
from minijs.bytecode.verifier import VerifyError, verify, verify_all

__all__ = ["Assembler", "AssemblerError", "Label", "CodeFlag", "CodeObject",
           "HandlerEntry", "disassemble", "BY_NAME", "OPCODES", "FeedbackKind",
           "OpFlag", "VerifyError", "verify", "verify_all"]
