"""Grammar, part 4: import and export declarations (ECMA-262 section 16.2).

They are accepted at the top level of any program and rejected by the
action of `module_item` when the goal is Script, which gives node's message
instead of a bare "Unexpected token".
"""

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.grammar_expressions import separated_list, E, literal_node


def _stmt_end(last_end, semi):
    return last_end if semi.auto else semi.end


class ModuleGrammar:
    # --- import -------------------------------------------------------------------

    def p_import_declaration(self, p):
        """import_declaration : IMPORT import_clause FROM module_specifier SEMI
                              | IMPORT module_specifier SEMI"""
        n = len(p)
        source = p[n - 2]
        specifiers = p[2] if n == 6 else []
        p[0] = A.ImportDeclaration(p[1].lexpos, _stmt_end(source.end, p[n - 1]), specifiers, source)

    def p_import_clause(self, p):
        """import_clause : binding_identifier
                         | namespace_import
                         | named_imports
                         | binding_identifier COMMA namespace_import
                         | binding_identifier COMMA named_imports"""
        first = p[1]
        if isinstance(first, list):
            p[0] = first
            return
        if first.type == "Identifier":
            first = A.ImportDefaultSpecifier(first.start, first.end, first)
        specs = [first]
        if len(p) == 4:
            rest = p[3]
            specs.extend(rest if isinstance(rest, list) else [rest])
        p[0] = specs

    def p_namespace_import(self, p):
        """namespace_import : STAR AS binding_identifier"""
        p[0] = A.ImportNamespaceSpecifier(p[1].lexpos, p[3].end, p[3])

    def p_named_imports(self, p):
        """named_imports : LBRACE RBRACE
                         | LBRACE import_specifier_list RBRACE
                         | LBRACE import_specifier_list COMMA RBRACE"""
        p[0] = p[2] if len(p) > 3 else []

    def p_import_specifier_list(self, p):
        """import_specifier_list : import_specifier
                                 | import_specifier_list COMMA import_specifier"""
        p[0] = separated_list(p)

    def p_import_specifier(self, p):
        """import_specifier : binding_identifier
                            | module_export_name AS binding_identifier"""
        if len(p) == 2:
            local = p[1]
            p[0] = A.ImportSpecifier(local.start, local.end, local, local)
        else:
            p[0] = A.ImportSpecifier(p[1].start, p[3].end, p[1], p[3])

    def p_module_export_name(self, p):
        """module_export_name : NAME
                              | STRING"""
        t = p[1]
        if t.type == "NAME":
            p[0] = A.Identifier(t.lexpos, t.end, t.value)
        else:
            if not _well_formed(t.value):
                raise JSSyntaxError("Invalid module export name: contains unpaired surrogate", t.lexpos)
            p[0] = literal_node(t)

    def p_module_specifier(self, p):
        """module_specifier : STRING"""
        p[0] = literal_node(p[1])

    # --- export -------------------------------------------------------------------

    def p_export_all(self, p):
        """export_declaration : EXPORT STAR FROM module_specifier SEMI
                              | EXPORT STAR AS module_export_name FROM module_specifier SEMI"""
        n = len(p)
        source = p[n - 2]
        exported = p[4] if n == 8 else None
        p[0] = A.ExportAllDeclaration(p[1].lexpos, _stmt_end(source.end, p[n - 1]), exported, source)

    def p_export_named(self, p):
        """export_declaration : EXPORT named_exports FROM module_specifier SEMI
                              | EXPORT named_exports SEMI"""
        n = len(p)
        specs, close_end = p[2]
        source = p[4] if n == 6 else None
        if source is None:
            for spec in specs:
                local = spec.local
                if local.type == "Literal":
                    raise JSSyntaxError("Unexpected string", local.start)
                self.check_export_local(local)
        last_end = source.end if source is not None else close_end
        p[0] = A.ExportNamedDeclaration(p[1].lexpos, _stmt_end(last_end, p[n - 1]), None, specs, source)

    def p_export_declaration(self, p):
        """export_declaration : EXPORT variable_statement
                              | EXPORT declaration"""
        decl = p[2]
        p[0] = A.ExportNamedDeclaration(p[1].lexpos, decl.end, decl, [], None)

    def p_export_default_declaration(self, p):
        """export_declaration : EXPORT DEFAULT function_declaration
                              | EXPORT DEFAULT anonymous_function_declaration
                              | EXPORT DEFAULT class_declaration
                              | EXPORT DEFAULT anonymous_class_declaration"""
        decl = p[3]
        p[0] = A.ExportDefaultDeclaration(p[1].lexpos, decl.end, decl)

    def p_export_default_expression(self, p):
        """export_declaration : EXPORT DEFAULT assignment_expression SEMI"""
        expr = p[3]
        p[0] = A.ExportDefaultDeclaration(p[1].lexpos, _stmt_end(E(expr), p[4]), expr)

    def p_named_exports(self, p):
        """named_exports : LBRACE RBRACE
                         | LBRACE export_specifier_list RBRACE
                         | LBRACE export_specifier_list COMMA RBRACE"""
        p[0] = (p[2] if len(p) > 3 else [], p[len(p) - 1].end)

    def p_export_specifier_list(self, p):
        """export_specifier_list : export_specifier
                                 | export_specifier_list COMMA export_specifier"""
        p[0] = separated_list(p)

    def p_export_specifier(self, p):
        """export_specifier : module_export_name
                            | module_export_name AS module_export_name"""
        local = p[1]
        exported = p[3] if len(p) == 4 else local
        p[0] = A.ExportSpecifier(local.start, exported.end, local, exported)


def _well_formed(units):
    """No lone surrogate in a JS string (UTF-16 code units)."""
    i, n = 0, len(units)
    while i < n:
        c = units[i]
        if "\ud800" <= c <= "\udbff":
            if i + 1 < n and "\udc00" <= units[i + 1] <= "\udfff":
                i += 2
                continue
            return False
        if "\udc00" <= c <= "\udfff":
            return False
        i += 1
    return True
