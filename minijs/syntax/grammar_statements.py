"""Grammar, part 3: scripts, statements and declarations (ECMA-262 section 14).

Statement terminators are plain SEMI terminals: automatic semicolon
insertion happens in the driver, which hands the grammar a SEMI token whose
`auto` is true (its span is empty, at the end of the previous token).
"""

from minijs.syntax import ast as A
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax import patterns
from minijs.syntax.grammar_expressions import separated_list, growing_list, S, E


def _end(node, semi):
    """End of a statement: after its `;`, or after its last token under ASI."""
    return E(node) if semi.auto else semi.end


class StatementGrammar:
    # --- programs and lists ------------------------------------------------------

    def p_program(self, p):
        """program : module_items"""
        body = self.mark_directives(p[1])
        p[0] = A.Program(0, len(self.source), body, "module" if self.module else "script")

    def p_module_items(self, p):
        """module_items : empty
                        | module_items module_item"""
        p[0] = growing_list(p)

    def p_module_item_unit(self, p):
        """module_item : statement_list_item"""
        p[0] = p[1]

    def p_module_item_declaration(self, p):
        """module_item : import_declaration
                       | export_declaration"""
        node = p[1]
        if not self.module:
            word = "import" if node.type == "ImportDeclaration" else "export"
            raise JSSyntaxError(
                "Cannot use import statement outside a module" if word == "import"
                else "Unexpected token 'export'", node.start)
        p[0] = node

    def p_statement_list_opt(self, p):
        """statement_list_opt : empty
                              | statement_list_opt statement_list_item"""
        p[0] = growing_list(p)

    def p_statement_list_item_unit(self, p):
        """statement_list_item : statement
                               | declaration"""
        p[0] = p[1]

    def p_declaration_unit(self, p):
        """declaration : function_declaration
                       | class_declaration
                       | lexical_declaration"""
        p[0] = p[1]

    def p_statement_unit(self, p):
        """statement : block_statement
                     | variable_statement
                     | empty_statement
                     | expression_statement
                     | if_statement
                     | iteration_statement
                     | continue_statement
                     | break_statement
                     | return_statement
                     | with_statement
                     | labelled_statement
                     | switch_statement
                     | throw_statement
                     | try_statement
                     | debugger_statement"""
        p[0] = p[1]

    def p_substatement_unit(self, p):
        """substatement : statement
                        | function_declaration"""
        p[0] = p[1]

    # --- simple statements -----------------------------------------------------------

    def p_block_statement(self, p):
        """block_statement : LBRACE statement_list_opt RBRACE"""
        p[0] = A.BlockStatement(p[1].lexpos, p[3].end, p[2])

    def p_empty_statement(self, p):
        """empty_statement : SEMI"""
        t = p[1]
        if t.auto:
            raise JSSyntaxError(self.unexpected_message(self.pending_token()), self.pending_token().lexpos)
        p[0] = A.EmptyStatement(t.lexpos, t.end)

    def p_expression_statement(self, p):
        """expression_statement : expression SEMI"""
        expr = p[1]
        start = S(expr)
        if self.source.startswith("let", start) and expr.type != "Identifier" and \
                self.let_bracket_at(start):
            raise JSSyntaxError("Lexical declaration cannot appear in a single-statement context", start)
        p[0] = A.ExpressionStatement(start, _end(expr, p[2]), expr)

    def p_variable_statement(self, p):
        """variable_statement : VAR variable_declaration_list SEMI"""
        p[0] = self.declaration_node(p[1], "var", p[2], p[3])

    def p_lexical_declaration(self, p):
        """lexical_declaration : LET variable_declaration_list SEMI
                               | CONST variable_declaration_list SEMI"""
        p[0] = self.declaration_node(p[1], p[1].value, p[2], p[3])

    def declaration_node(self, kw, kind, declarators, semi):
        for d in declarators:
            if d.init is None:
                if d.id.type != "Identifier":
                    raise JSSyntaxError("Missing initializer in destructuring declaration", d.end)
                if kind == "const":
                    raise JSSyntaxError("Missing initializer in const declaration", d.end)
        return A.VariableDeclaration(kw.lexpos, _end(declarators[-1], semi), declarators, kind)

    def p_variable_declaration_list(self, p):
        """variable_declaration_list : variable_declaration
                                     | variable_declaration_list COMMA variable_declaration"""
        p[0] = separated_list(p)

    def p_variable_declaration(self, p):
        """variable_declaration : binding_target
                                | binding_target initializer"""
        target = p[1]
        init = p[2] if len(p) == 3 else None
        p[0] = A.VariableDeclarator(target.start, E(init) if init is not None else target.end, target, init)

    def p_if_statement(self, p):
        """if_statement : IF LPAREN expression RPAREN substatement ELSE substatement
                        | IF LPAREN expression RPAREN substatement %prec IF_WITHOUT_ELSE"""
        alternate = p[7] if len(p) == 8 else None
        last = alternate if alternate is not None else p[5]
        p[0] = A.IfStatement(p[1].lexpos, last.end, p[3], p[5], alternate)

    def p_continue_statement(self, p):
        """continue_statement : CONTINUE SEMI
                              | CONTINUE NAME SEMI"""
        p[0] = self.jump_node(A.ContinueStatement, p)

    def p_break_statement(self, p):
        """break_statement : BREAK SEMI
                           | BREAK NAME SEMI"""
        p[0] = self.jump_node(A.BreakStatement, p)

    def jump_node(self, cls, p):
        kw = p[1]
        label = None
        if len(p) == 4:
            t = p[2]
            label = self.identifier(t)
        semi = p[len(p) - 1]
        end = semi.end if not semi.auto else (label.end if label else kw.end)
        return cls(kw.lexpos, end, label)

    def p_return_statement(self, p):
        """return_statement : RETURN SEMI
                            | RETURN expression SEMI"""
        kw = p[1]
        arg = p[2] if len(p) == 4 else None
        semi = p[len(p) - 1]
        end = semi.end if not semi.auto else (E(arg) if arg is not None else kw.end)
        p[0] = A.ReturnStatement(kw.lexpos, end, arg)

    def p_throw_statement(self, p):
        """throw_statement : THROW expression SEMI"""
        p[0] = A.ThrowStatement(p[1].lexpos, _end(p[2], p[3]), p[2])

    def p_with_statement(self, p):
        """with_statement : WITH LPAREN expression RPAREN statement"""
        p[0] = A.WithStatement(p[1].lexpos, p[5].end, p[3], p[5])

    def p_labelled_statement(self, p):
        """labelled_statement : NAME COLON substatement"""
        label = self.identifier(p[1])
        p[0] = A.LabeledStatement(label.start, p[3].end, p[3], label)

    def p_debugger_statement(self, p):
        """debugger_statement : DEBUGGER SEMI"""
        kw, semi = p[1], p[2]
        p[0] = A.DebuggerStatement(kw.lexpos, kw.end if semi.auto else semi.end)

    # --- switch and try -----------------------------------------------------------

    def p_switch_statement(self, p):
        """switch_statement : SWITCH LPAREN expression RPAREN LBRACE case_clauses RBRACE"""
        cases = p[6]
        defaults = [c for c in cases if c.test is None]
        if len(defaults) > 1:
            raise JSSyntaxError("More than one default clause in switch statement", defaults[1].start)
        p[0] = A.SwitchStatement(p[1].lexpos, p[7].end, p[3], cases)

    def p_case_clauses(self, p):
        """case_clauses : empty
                        | case_clauses case_clause"""
        p[0] = growing_list(p)

    def p_case_clause(self, p):
        """case_clause : CASE expression COLON statement_list_opt
                       | DEFAULT COLON statement_list_opt"""
        body = p[len(p) - 1]
        colon = p[len(p) - 2]
        end = body[-1].end if body else colon.end
        test = p[2] if len(p) == 5 else None
        p[0] = A.SwitchCase(p[1].lexpos, end, body, test)

    def p_try_statement(self, p):
        """try_statement : TRY block_statement catch_clause
                         | TRY block_statement finally_clause
                         | TRY block_statement catch_clause finally_clause"""
        handler = finalizer = None
        if len(p) == 5:
            handler, finalizer = p[3], p[4]
        elif p[3].type == "CatchClause":
            handler = p[3]
        else:
            finalizer = p[3]
        p[0] = A.TryStatement(p[1].lexpos, p[len(p) - 1].end, p[2], handler, finalizer)

    def p_catch_clause(self, p):
        """catch_clause : CATCH LPAREN binding_target RPAREN block_statement
                        | CATCH block_statement"""
        param = p[3] if len(p) == 6 else None
        body = p[len(p) - 1]
        p[0] = A.CatchClause(p[1].lexpos, body.end, param, body)

    def p_finally_clause(self, p):
        """finally_clause : FINALLY block_statement"""
        p[0] = p[2]

    # --- loops ------------------------------------------------------------------------

    def p_iteration_unit(self, p):
        """iteration_statement : do_while_statement
                               | while_statement
                               | for_statement
                               | for_in_of_statement"""
        p[0] = p[1]

    def p_do_while_statement(self, p):
        """do_while_statement : DO statement WHILE LPAREN expression RPAREN SEMI"""
        semi = p[7]
        p[0] = A.DoWhileStatement(p[1].lexpos, p[6].end if semi.auto else semi.end, p[2], p[5])

    def p_while_statement(self, p):
        """while_statement : WHILE LPAREN expression RPAREN statement"""
        p[0] = A.WhileStatement(p[1].lexpos, p[5].end, p[3], p[5])

    def p_m_for_head(self, p):
        """m_for_head : empty"""
        self.push_for_head()

    def p_for_statement(self, p):
        """for_statement : FOR LPAREN m_for_head for_init SEMI expression_opt SEMI expression_opt RPAREN statement"""
        for semi in (p[5], p[7]):
            if semi.auto:
                raise JSSyntaxError(self.unexpected_message(self.pending_token()), self.pending_token().lexpos)
        init = p[4]
        if init is not None and init.type == "VariableDeclaration":
            self.check_for_declaration(init)
        p[0] = A.ForStatement(p[1].lexpos, p[10].end, init, p[6], p[8], p[10])

    def check_for_declaration(self, decl):
        for d in decl.declarations:
            if d.init is None and (d.id.type != "Identifier" or decl.kind == "const"):
                raise JSSyntaxError(
                    "Missing initializer in destructuring declaration" if d.id.type != "Identifier"
                    else "Missing initializer in const declaration", d.end)

    def p_for_init(self, p):
        """for_init : empty
                    | expression"""
        p[0] = p[1]

    def p_for_init_declaration(self, p):
        """for_init : VAR variable_declaration_list
                    | LET variable_declaration_list
                    | CONST variable_declaration_list"""
        kw, decls = p[1], p[2]
        p[0] = A.VariableDeclaration(kw.lexpos, E(decls[-1]), decls, kw.value)

    def p_for_in_of_statement(self, p):
        """for_in_of_statement : FOR LPAREN m_for_head for_head FOR_IN expression RPAREN statement
                               | FOR LPAREN m_for_head for_head OF assignment_expression RPAREN statement
                               | FOR AWAIT LPAREN m_for_head for_head OF assignment_expression RPAREN statement"""
        n = len(p)
        body = p[n - 1]
        right = p[n - 3]
        left = p[n - 5]
        of = p[n - 4].type == "OF"
        if left.type == "VariableDeclaration":
            declarator = left.declarations[0]
            if declarator.init is not None and (of or left.kind != "var" or declarator.id.type != "Identifier"):
                raise JSSyntaxError(
                    "for-%s loop variable declaration may not have an initializer." % ("of" if of else "in"),
                    left.start)
        else:
            if of and left.type == "Identifier" and left.name == "async" and not left.escaped \
                    and not left.parenthesized and n == 9:
                raise JSSyntaxError("The left-hand side of a for-of loop may not be 'async'.", left.start)
            left = patterns.to_assignment_target(
                left, "Invalid left-hand side in for-loop" if left.type == "ChainExpression"
                else "Invalid left-hand side in for-%s loop" % ("of" if of else "in"))
        if of:
            p[0] = A.ForOfStatement(p[1].lexpos, body.end, n == 10, left, right, body)
        else:
            p[0] = A.ForInStatement(p[1].lexpos, body.end, left, right, body)

    def p_for_head_expression(self, p):
        """for_head : lhs_expression"""
        p[0] = p[1]

    def p_for_head_declaration(self, p):
        """for_head : VAR binding_target
                    | LET binding_target
                    | CONST binding_target
                    | VAR binding_target initializer"""
        kw, target = p[1], p[2]
        init = p[3] if len(p) == 4 else None
        end = E(init) if init is not None else target.end
        declarator = A.VariableDeclarator(target.start, end, target, init)
        p[0] = A.VariableDeclaration(kw.lexpos, end, [declarator], kw.value)
