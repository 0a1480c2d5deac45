"""ply's validation of the lexer rules (skipped at start-up for speed)."""

from minijs.syntax import lexer


def test_lexer_rules_pass_ply_validation():
    # ply.lex raises SyntaxError("Can't build lexer") when a rule is invalid
    validated = lexer._master_lexer(validate=True)
    assert len(validated.lexre) == 1
    assert validated.lexre[0][0].pattern == lexer._master_lexer().lexre[0][0].pattern
