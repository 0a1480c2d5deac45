"""Loads and stores of variables, where the scope analysis put them.

Registers: the first `param_slots` registers receive the arguments; every
binding the analysis placed in register i lives in register
`param_slots + i`, except a simple parameter, which stays in its argument
register.  Context slots, globals and run-time lookups map one to one onto
opcodes.  TDZ checks are emitted only where the analysis says an access
may see an uninitialised binding (`Resolution.needs_tdz`).
"""

from minijs.bytecode import opcodes as op
from minijs.compiler.codegen_support import CompileError


class VariableAccess:
    def __init__(self, fc, scope):
        self.fc = fc
        self.info = fc.info
        params = getattr(fc.node, "params", [])
        self.param_slots = sum(1 for p in params if p.type != "RestElement")
        self.register_count = self.param_slots + scope.register_count

    # --- registers -------------------------------------------------------------

    def register_of(self, binding):
        loc = binding.location
        if binding.kind == "param" and binding.param_index is not None and \
                binding.scope is self.fc.scope and self._is_simple_param(binding):
            return binding.param_index
        return self.param_slots + loc[1]

    def _is_simple_param(self, binding):
        params = self.fc.node.params
        i = binding.param_index
        return i < len(params) and params[i].type == "Identifier"

    # --- references ------------------------------------------------------------

    def resolution(self, node):
        res = self.info.resolution.get(id(node))
        if res is None:
            raise CompileError("internal: unresolved identifier '%s'" % node.name, node.start)
        return res

    def load(self, node, typeof=False, res=None):
        """Push the value of identifier `node` (or of Resolution `res`)."""
        if res is None:
            res = self.resolution(node)
        kind = res.kind
        fc = self.fc
        if kind == "register":
            reg = self.register_of(res.binding)
            if res.needs_tdz:
                fc.emit(op.LOAD_REG_CHECKED, (reg, res.name), node)
            else:
                fc.emit(op.LOAD_REG, reg, node)
        elif kind == "context":
            if res.needs_tdz:
                fc.emit(op.LOAD_CONTEXT_CHECKED, (res.depth, res.index, res.name), node)
            else:
                fc.emit(op.LOAD_CONTEXT, (res.depth, res.index), node)
        elif kind == "global":
            fc.emit(op.LOAD_GLOBAL_TYPEOF if typeof else op.LOAD_GLOBAL, res.name, node)
        elif kind == "dynamic":
            fc.emit(op.LOAD_LOOKUP_TYPEOF if typeof else op.LOAD_LOOKUP, res.name, node)
        elif kind == "callee":
            fc.emit(op.LOAD_CALLEE, None, node)
        elif kind == "module":
            fc.emit(op.LOAD_MODULE_VAR, self.module_cell(res), node)
        else:
            raise CompileError("%s variables are not supported yet" % kind, node.start)

    # --- references resolved before an assignment's right side ---------------------

    def is_dynamic(self, node):
        """Whether `node` resolves at run time (with, sloppy eval): its
        assignment then resolves the reference first (RESOLVE_LOOKUP)."""
        res = self.resolution(node)
        # (a known immutable binding keeps store()'s handling)
        return res.kind == "dynamic" and (res.binding is None or res.binding.mutable)

    def resolve(self, node):
        self.fc.emit(op.RESOLVE_LOOKUP, node.name, node)         # [] -> [ref]

    def load_resolved(self, node):
        self.fc.emit(op.LOAD_RESOLVED, node.name, node)          # [ref] -> [ref, v]

    def store_resolved(self, node):
        self.fc.emit(op.STORE_RESOLVED, node.name, node)         # [ref, v] -> []

    def store(self, node, declare=False, res=None):
        """Pop the top of the stack into identifier `node` (an assignment,
        or with `declare` the initialisation of its binding)."""
        if res is None:
            res = self.resolution(node)
        kind = res.kind
        fc = self.fc
        binding = res.binding
        if binding is not None and not declare and not binding.mutable:
            if binding.kind == "function_name" or kind == "callee":
                fc.emit(op.POP)
                if fc.scope.strict or binding.scope.strict:
                    fc.emit(op.THROW_CONST_ASSIGN, res.name, node)
                # sloppy code ignores the assignment
                return
            self.load(node, res=res)             # TDZ first, then the TypeError
            fc.emit(op.POP)
            fc.emit(op.POP)
            fc.emit(op.THROW_CONST_ASSIGN, res.name, node)
            return
        if kind == "register":
            reg = self.register_of(binding)
            if res.needs_tdz and not declare:
                fc.emit(op.STORE_REG_CHECKED, (reg, res.name), node)
            else:
                fc.emit(op.STORE_REG, reg, node)
        elif kind == "context":
            if res.needs_tdz and not declare:
                fc.emit(op.STORE_CONTEXT_CHECKED, (res.depth, res.index, res.name), node)
            else:
                fc.emit(op.STORE_CONTEXT, (res.depth, res.index), node)
        elif kind == "global":
            lexical = declare and binding is not None and binding.kind in ("let", "const", "class")
            fc.emit(op.INIT_GLOBAL if lexical else op.STORE_GLOBAL, res.name, node)
        elif kind == "dynamic":
            fc.emit(op.STORE_LOOKUP, res.name, node)
        elif kind == "module":
            cell = self.module_cell(res)
            if res.needs_tdz and not declare:
                fc.emit(op.LOAD_MODULE_VAR, cell, node)      # the TDZ check
                fc.emit(op.POP)
            fc.emit(op.STORE_MODULE_VAR, cell, node)
        else:
            raise CompileError("%s variables are not supported yet" % kind, node.start)

    @staticmethod
    def module_cell(res):
        """The module environment cell of a module-scope binding
        (compiler/module_entries.py: exports > 0, imports < 0)."""
        return res.binding.scope.module_layout.index[res.binding.name]

    def store_declaration(self, ident, node):
        self.store(ident, declare=True)

    def store_binding(self, binding, node):
        """Pop into `binding` itself (scope entry: the TDZ hole)."""
        loc = binding.location
        fc = self.fc
        if loc is None:
            fc.emit(op.POP)
        elif loc[0] == "register":
            fc.emit(op.STORE_REG, self.register_of(binding), node)
        elif loc[0] == "context":
            fc.emit(op.STORE_CONTEXT, (0, loc[1]), node)
        else:
            fc.emit(op.POP)   # globals and dynamic bindings have no TDZ slot here

    def bind_simple_parameter(self, param, index):
        """Parameter `param` arrived in register `index`."""
        res = self.resolution(param)
        if res.kind == "register" and self.register_of(res.binding) == index:
            return
        self.fc.emit(op.LOAD_REG, index, param)
        self.store(param, declare=True)
