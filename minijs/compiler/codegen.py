"""Code generation: ESTree + scope analysis -> bytecode (minijs/bytecode).

One `FunctionCompiler` per function-like node (script, function, arrow,
method) drives one Assembler.  Expressions leave exactly one value on the
operand stack; statements leave the stack as they found it.  Where a
variable lives was decided by the scope analysis (compiler/scope*.py); this
module only asks `variables.VariableAccess` to load or store it.

Calling convention (shared with the interpreter): on entry, registers
0 .. P-1 hold the first P arguments (undefined when missing), P being the
number of formal parameter positions before a rest element; the bindings
of the scope analysis get registers after them (see variables.py).

Constructs not compiled yet raise CompileError("... is not supported
yet"): the compiler grows construct by construct, never silently wrong.
"""

from minijs.bytecode import opcodes as op
from minijs.bytecode.assembler import Assembler
from minijs.bytecode.code import CodeFlag
from minijs.compiler.scope import analyze, analyze_eval
from minijs.compiler.codegen_classes import ClassCompiler
from minijs.compiler.codegen_expressions import ExpressionCompiler
from minijs.compiler.codegen_generators import GeneratorCompiler
from minijs.compiler.codegen_modules import ModuleStatementCompiler
from minijs.compiler.codegen_statements import StatementCompiler
from minijs.compiler.codegen_support import CompileError, ContextDescriptor
from minijs.compiler.module_entries import module_layout
from minijs.compiler.variables import VariableAccess
from minijs.syntax.source import LineTable, to_utf16_units
from minijs.syntax.static_semantics import bound_identifiers

__all__ = ["compile_program", "compile_eval", "CompileError"]

_METHOD_ROLES = frozenset(("method", "get", "set", "initializer", "static-initializer"))


def compile_program(program, source, module=False):
    """Bytecode for a parsed Script (or Module): the top-level CodeObject.
    A module's CodeObject carries its ModuleLayout (`module_layout`: the
    import/export entries and the cell layout, compiler/module_entries.py)."""
    source = to_utf16_units(source)
    info = analyze(program, module)
    unit = CompilationUnit(info, source)
    if module:
        info.root.module_layout = module_layout(program, info.root)
    code = FunctionCompiler(unit, program, info.root).compile()
    if module:
        code.module_layout = info.root.module_layout
    return code


def compile_eval(program, source, caller=None, strict=False):
    """Bytecode for eval code (19.2.1.1 PerformEval): `caller` is the Scope
    of a direct eval's call site (EvalSite.scope), None for an indirect
    eval.  The CodeObject's `eval_declarations` lists the (name, kind) of
    the vars and functions EvalDeclarationInstantiation (19.2.1.3) must
    create in the variable environment before the code runs; the code
    returns its completion value."""
    source = to_utf16_units(source)
    info = analyze_eval(program, caller, strict)
    unit = CompilationUnit(info, source)
    code = FunctionCompiler(unit, program, info.root).compile()
    code.eval_declarations = tuple(
        (b.name, b.kind) for b in info.root.bindings.values()
        if b.location and b.location[0] in ("global", "dynamic"))
    return code


class CompilationUnit:
    """What every function of one program shares."""

    def __init__(self, info, source):
        self.info = info
        self.source = source
        self.lines = LineTable(source)


class FunctionCompiler(ExpressionCompiler, StatementCompiler, ClassCompiler, GeneratorCompiler,
                       ModuleStatementCompiler):
    """Compiles the body of one closure scope (script or function)."""

    def __init__(self, unit, node, scope):
        self.unit = unit
        self.info = unit.info
        self.node = node
        self.scope = scope
        self.vars = VariableAccess(self, scope)
        self.a = Assembler(
            self._name(), param_count=self.vars.param_slots,
            register_count=self.vars.register_count, flags=self._flags(),
            line_table=unit.lines, function_length=scope.param_count,
            source_range=(getattr(node, "source_start", node.start), node.end))
        self.jumps = []            # JumpTarget stack: loops, switches, labels
        self.context_depth = 0     # contexts pushed inside this function
        self.pending_stack = 0     # loop values on the stack before their JumpTarget is
        self.depth = 0             # operand-stack depth here (None: unreachable / unknown)
        self.label_depths = {}     # id(Label) -> depth on its incoming edges

    # --- naming and flags ----------------------------------------------------

    def _name(self):
        ident = getattr(self.node, "id", None)
        if self.node.type == "Program":
            return {"eval": "<eval>", "module": "<module>"}.get(self.scope.kind, "<script>")
        if ident is None and self.node.type in ("FunctionDeclaration", "ClassDeclaration"):
            return "default"            # export default function () {}
        return ident.name if ident is not None else ""

    def _flags(self):
        s = self.scope
        flags = CodeFlag.NONE
        if s.strict:
            flags |= CodeFlag.STRICT
        if self.node.type == "Program":
            if s.kind == "module":
                return flags | CodeFlag.MODULE | (CodeFlag.ASYNC if s.contains_await else 0)
            return flags | (CodeFlag.EVAL if s.kind == "eval" else CodeFlag.SCRIPT)
        if s.is_arrow:
            flags |= CodeFlag.ARROW
        if s.role in _METHOD_ROLES:
            flags |= CodeFlag.METHOD
        if s.role == "constructor":
            flags |= CodeFlag.CLASS_CONSTRUCTOR
            if s.is_derived_constructor:
                flags |= CodeFlag.DERIVED
        if s.is_generator:
            flags |= CodeFlag.GENERATOR
        if s.is_async:
            flags |= CodeFlag.ASYNC
        if s.simple_params:
            flags |= CodeFlag.HAS_SIMPLE_PARAMETERS
        if s.uses_arguments:
            flags |= CodeFlag.NEEDS_ARGUMENTS
        return flags

    # --- emitting -------------------------------------------------------------

    def emit(self, opcode, operand=None, node=None):
        self.a.emit(opcode, operand, node.start if node is not None else None)
        depth = self.depth
        if depth is None:
            return
        info = op.OPCODES[opcode]
        pops, pushes = info.stack_effect(operand)
        depth += pushes - pops
        flags = info.flags
        if flags & op.OpFlag.JUMP:
            self.label_depths[id(operand)] = depth
            if not flags & op.OpFlag.CONDITIONAL:
                depth = None
        if flags & op.OpFlag.TERMINATOR:
            depth = None
        self.depth = depth

    def label(self):
        return self.a.new_label()

    def bind(self, label):
        self.a.bind(label)
        known = self.label_depths.get(id(label))
        if known is not None:
            self.depth = known

    def add_handler(self, start, end, handler, depth):
        """An exception handler: `handler` starts with the exception on
        top of `depth` values."""
        self.a.add_handler(start, end, handler, depth)
        self.label_depths[id(handler)] = depth + 1

    # --- the function -----------------------------------------------------------

    def compile(self):
        node = self.node
        if self.scope.kind == "module":
            return self.compile_module()
        self.enter_function_name_scope()
        self.enter_scope(self.scope, node)
        self.function_prologue()
        if self.scope.is_async or self.scope.is_generator:
            # the async activation / generator object (AWAIT and
            # ASYNC_GENERATOR_YIELD find it there)
            self.async_register = self.a.new_register()
        if self.scope.is_async and not self.scope.is_generator:
            self.emit(op.ASYNC_START, self.async_register, node)
        if node.type == "Program":
            if self.scope.kind != "eval":      # eval code: direct_eval declares
                self.declare_globals()
            self.hoist_functions(self.scope)
            self.statement_list(node.body, completion=True)
            return self.a.assemble()
        self.bind_parameters()
        body_scope = self.scope.body_scope
        if body_scope is not None:
            self.enter_scope(body_scope, node)
        self.hoist_functions(body_scope or self.scope)
        if self.scope.is_generator:
            self.emit(op.GENERATOR_START, self.async_register, node)
        if self.scope.is_derived_constructor:
            self.begin_derived_returns()
        body = node.body
        if node.type == "ArrowFunctionExpression" and node.expression:
            self.expression(body)
            self.emit(op.RETURN, node=body)
            return self.a.assemble()
        self.statements(body.body)
        if self.scope.is_derived_constructor:
            self.emit(op.LOAD_UNDEFINED)
            self.end_derived_returns()
        else:
            self.emit(op.RETURN_UNDEFINED)
        return self.a.assemble()

    def compile_module(self):
        """Module code runs in two steps on one frame (V8 compiles modules
        as generators the same way): InitializeEnvironment (16.2.1.6.4:
        the context, the TDZ of lexical bindings, the hoisted functions)
        ends with MODULE_INITIALIZED, which suspends the frame; Evaluate
        resumes it for the body.  A module with top-level await runs its
        body as an async function body (ASYNC_START: the frame's result is
        then the promise of ExecuteAsyncModule)."""
        node = self.node
        self.enter_scope(self.scope, node)
        self.hoist_functions(self.scope)
        self.emit(op.MODULE_INITIALIZED, None, node)
        if self.scope.contains_await:
            self.async_register = self.a.new_register()
            self.emit(op.ASYNC_START, self.async_register, node)
        self.statements(node.body)
        self.emit(op.RETURN_UNDEFINED)
        return self.a.assemble()

    def compile_child(self, node):
        """CodeObject of a nested function-like node."""
        scope = self.info.function_scope(node)
        return FunctionCompiler(self.unit, node, scope).compile()

    # --- scopes and contexts ------------------------------------------------------

    def enter_function_name_scope(self):
        """A named function expression whose own name is captured (by a
        closure or a direct eval) keeps it in the context of its
        function-name scope (15.2.5 funcEnv), made on entry."""
        name_scope = self.scope.name_scope
        if name_scope is None or not name_scope.needs_context:
            return
        self.emit(op.PUSH_CONTEXT, ContextDescriptor.of(name_scope), self.node)
        self.context_depth += 1
        for binding in name_scope.bindings.values():
            if binding.location and binding.location[0] == "context":
                self.emit(op.LOAD_CALLEE)
                self.emit(op.STORE_CONTEXT, (0, binding.location[1]))

    def enter_scope(self, scope, node):
        """Allocate the scope's context if it has one, and put its lexical
        bindings into their temporal dead zone."""
        if scope.needs_context:
            self.emit(op.PUSH_CONTEXT, ContextDescriptor.of(scope), node)
            self.context_depth += 1
        for binding in scope.bindings.values():
            # (module cells start as the hole: module_records.initialize_environment)
            if binding.needs_tdz and binding.kind != "param" and \
                    not (binding.location and binding.location[0] == "module"):
                self.emit(op.LOAD_HOLE)
                self.vars.store_binding(binding, node)

    def leave_scope(self, scope):
        if scope.needs_context:
            self.emit(op.POP_CONTEXT)
            self.context_depth -= 1

    def block_scope(self, node):
        scopes = self.info.scopes.get(id(node))
        return scopes[0] if scopes else None

    def declare_globals(self):
        """Script top level: var and function names become global object
        properties before anything runs (GlobalDeclarationInstantiation)."""
        names = []
        for binding in self.scope.bindings.values():
            if binding.location and binding.location[0] == "global":
                names.append((binding.name, binding.kind))
        if names:
            self.emit(op.DECLARE_GLOBALS, tuple(names))

    def create_arguments_object(self):
        """10.2.11 steps 22: the `arguments` binding, when the body uses it.
        A mapped object aliases each simple parameter where it lives."""
        scope = self.scope
        binding = scope.bindings.get("arguments")
        if not scope.uses_arguments or binding is None or binding.kind != "arguments":
            return
        if scope.arguments_mapped:
            where = []
            for index, param in enumerate(self.node.params):
                pb = scope.bindings.get(param.name)
                loc = pb.location if pb is not None else None
                if pb is not None and pb.param_index != index:
                    where.append(None)          # a later parameter of the same name wins
                elif loc and loc[0] == "context":
                    where.append(("c", loc[1]))
                else:
                    where.append(("r", index))
            self.emit(op.CREATE_MAPPED_ARGUMENTS, tuple(where), self.node)
        else:
            self.emit(op.CREATE_UNMAPPED_ARGUMENTS, None, self.node)
        self.vars.store_binding(binding, self.node)

    def hoist_functions(self, scope):
        """Function declarations are created on scope entry (10.2.11 step 36)."""
        for decl in scope.hoisted_functions:
            self.emit(op.CREATE_CLOSURE, self.compile_child(decl), decl)
            if decl.id is None:         # export default function () {}
                self.vars.store(None, declare=True, res=self.info.extra[(id(decl), "default")])
            else:
                self.vars.store_declaration(decl.id, decl)

    def parameters_into_tdz(self):
        """With expressions in the parameter list, a parameter is
        uninitialised until its turn (10.2.11 step 26: no hasDuplicates):
        a parameter some initializer may read early starts as the hole,
        its argument moved aside ({index: register})."""
        stashed = {}
        if self.scope.simple_params:
            return stashed
        for index, param in enumerate(self.node.params):
            if param.type != "Identifier":
                # `(x = x) => ...`, `({a} = a) => ...`: the names a pattern
                # binds are holes until it is bound (they never live in
                # an argument register)
                for ident in bound_identifiers(param):
                    b = self.vars.resolution(ident).binding
                    if b is not None and b.needs_tdz:
                        self.emit(op.LOAD_HOLE)
                        self.vars.store_binding(b, param)
                continue
            res = self.vars.resolution(param)
            b = res.binding
            if b is None or not b.needs_tdz or b.param_index != index:
                continue
            reg = self.a.new_register()
            self.emit(op.LOAD_REG, index, param)
            self.emit(op.STORE_REG, reg)
            self.emit(op.LOAD_HOLE)
            self.vars.store_binding(b, param)
            stashed[index] = reg
        return stashed

    def bind_parameters(self):
        """Move arguments from their registers to where the parameters live;
        evaluate defaults and destructure patterns (10.2.11 steps 24-26)."""
        self.create_arguments_object()
        stashed = self.parameters_into_tdz()
        for index, param in enumerate(self.node.params):
            if index in stashed:
                self.emit(op.LOAD_REG, stashed[index], param)
                self.vars.store(param, declare=True)
                continue
            if param.type == "Identifier":
                b = self.vars.resolution(param).binding
                if b is None or b.param_index == index:  # f(x, x): the last x wins
                    self.vars.bind_simple_parameter(param, index)
                continue
            if param.type == "RestElement":
                self.emit(op.CREATE_REST, index, param)
                self.assign_pattern(param.argument, declare=True)
                continue
            self.emit(op.LOAD_REG, index, param)
            self.assign_pattern(param, declare=True)
