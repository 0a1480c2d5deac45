"""Compiler: scope analysis, then (later) codegen and the assembler."""
