"""Opcode handlers of module code (the records are in module_records.py).

    LOAD_MODULE_VAR i      push cells[i].value; the hole is a ReferenceError
                           (an import or exported let/const read in its TDZ)
    STORE_MODULE_VAR i     cells[i].value = pop (exports only: imports are
                           immutable, the compiler throws before)
    MODULE_INITIALIZED     end of InitializeEnvironment: suspend the frame
    LOAD_IMPORT_META       push the module's import.meta
    DYNAMIC_IMPORT         [specifier] -> [promise] (EvaluateImportCall)

`frame.code.module` is the SourceTextModule of the code (set on every
CodeObject of the module when the record is made); script code has None.
"""

from minijs.bytecode.code import CodeFlag
from minijs.interpreter import ops as H
from minijs.interpreter.frame import THE_HOLE
from minijs.interpreter.generators import Suspended
from minijs.interpreter.module_records import import_dynamically, import_meta
from minijs.runtime import errors

__all__ = ["tdz_error", "active_script_or_module"]


def tdz_error(code, index):
    name = code.module.layout.cells[index][0]
    return errors.reference_error("Cannot access '%s' before initialization" % name)


@H.handler("LOAD_MODULE_VAR")
def _load_module_var(frame, index):
    code = frame.code
    v = code.module.cells[index].value
    if v is THE_HOLE:
        raise tdz_error(code, index)
    frame.stack.append(v)


@H.handler("STORE_MODULE_VAR")
def _store_module_var(frame, index):
    frame.code.module.cells[index].value = frame.stack.pop()


@H.handler("MODULE_INITIALIZED")
def _module_initialized(frame, arg):
    frame.completion = Suspended(None)
    return H.RETURNED


@H.handler("LOAD_IMPORT_META")
def _load_import_meta(frame, arg):
    frame.stack.append(import_meta(frame.code.module))


def active_script_or_module(frame):
    """GetActiveScriptOrModule (9.4.1): the module or script of the
    running code; eval code has its caller's (19.2.1.1 PerformEval step 19)."""
    while frame is not None:
        code = frame.code
        if not code.flags & CodeFlag.EVAL:
            return code.module or code.script
        frame = frame.parent
    return None


@H.handler("DYNAMIC_IMPORT")
def _dynamic_import(frame, arg):
    referrer = active_script_or_module(frame) or frame.realm
    s = frame.stack
    s.append(import_dynamically(referrer, s.pop(), frame.realm))
