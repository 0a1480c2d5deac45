"""Statements of module code (ECMA-262 16.2): imports and export-from
declarations do nothing when the body runs (the module record linked
them before); exported declarations evaluate as their plain forms; a
default export stores its value into the `*default*` binding."""


class ModuleStatementCompiler:
    def stmt_ImportDeclaration(self, node):
        pass

    def stmt_ExportAllDeclaration(self, node):
        pass

    def stmt_ExportNamedDeclaration(self, node):
        if node.declaration is not None:
            self.statement(node.declaration)

    def stmt_ExportDefaultDeclaration(self, node):
        decl = node.declaration
        if decl.type == "FunctionDeclaration":
            return                      # instantiated with the module environment
        if decl.type == "ClassDeclaration":
            if decl.id is not None:
                self.statement(decl)
                return
            self.class_definition(decl, "default")
            self.vars.store(None, declare=True, res=self.info.extra[(id(decl), "default")])
            return
        # export default AssignmentExpression (16.2.3.7): NamedEvaluation "default"
        self.named_value(decl, "default")
        self.vars.store(None, declare=True, res=self.info.extra[(id(node), "default")])
