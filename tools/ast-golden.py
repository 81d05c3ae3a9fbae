#!/usr/bin/env python3
"""Writes the syntax-tree goldens for tests/RaceLab.Python.Tests/Syntax/Cases.

For every CASES/<name>.py and every interpreter given, runs that interpreter's ast.parse and writes
CASES/<name>/<3.X>.ast in the neutral text format that RaceLab.Python.Syntax.AstDump also writes.
Fields RaceLab does not model must be empty (the script fails otherwise, so a case never sneaks in a
construct outside the subset).

usage: ast-golden.py [--optimized] CASES_DIR PYTHON...   (e.g. ~/.pyenv/versions/3.9.18/bin/python ...)

--optimized dumps ast.parse(src, optimize=1) instead: the tree after Python/ast_opt.c (3.13+ only), written
as <3.X>.optimized.ast. Keep __debug__ out of those cases: optimize=1 folds it to False, compile() to True.
"""
import os
import subprocess
import sys

DUMPER = r'''
import ast, sys
SKIP_EMPTY = {"type_comment", "decorator_list", "type_params",
              "level", "is_async", "type_ignores"}
# Modelled, but left out when empty so that older goldens stay as they are.
OMIT_EMPTY = {"posonlyargs", "vararg", "kwarg", "returns", "annotation"}

def scalar(value):
    if isinstance(value, ast.AST):
        return type(value).__name__
    return repr(value)

def dump(node, indent, out):
    pad = "  " * indent
    head = type(node).__name__
    children = []
    for field in node._fields:
        value = getattr(node, field, None)
        if field in OMIT_EMPTY and value in (None, []):
            continue
        if field in SKIP_EMPTY:
            if value not in (None, [], 0):
                raise SystemExit(f"unmodelled field {field}={value!r} in {head}")
            continue
        if field == "ops":
            head += f" {field}=[{', '.join(type(o).__name__ for o in value)}]"
        elif isinstance(value, list) or (isinstance(value, ast.AST) and not isinstance(value, (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop))):
            children.append((field, value))
        else:
            head += f" {field}={scalar(value)}"
    if hasattr(node, "lineno") and node.lineno is not None:
        head += f" @{node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
    out.append(pad + head)
    for field, value in children:
        if isinstance(value, list):
            if not value:
                out.append(pad + f"  {field}: []")
                continue
            out.append(pad + f"  {field}:")
            for item in value:
                if item is None:
                    out.append(pad + "    None")
                elif isinstance(item, ast.AST):
                    dump(item, indent + 2, out)
                else:
                    out.append(pad + "    " + repr(item))
        else:
            out.append(pad + f"  {field}:")
            dump(value, indent + 2, out)

out = []
source = open(sys.argv[1], encoding="utf-8").read()
dump(ast.parse(source, optimize=1) if len(sys.argv) > 2 else ast.parse(source), 0, out)
sys.stdout.write("\n".join(out) + "\n")
'''

def main():
    optimized = sys.argv[1] == "--optimized"
    args = sys.argv[2:] if optimized else sys.argv[1:]
    cases, pythons = args[0], args[1:]
    for python in pythons:
        label = subprocess.check_output([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], text=True).strip()
        for name in sorted(os.listdir(cases)):
            if not name.endswith(".py"):
                continue
            target = os.path.join(cases, name[:-3])
            os.makedirs(target, exist_ok=True)
            command = [python, "-W", "ignore", "-c", DUMPER, os.path.join(cases, name)] + (["optimized"] if optimized else [])
            text = subprocess.check_output(command, text=True)
            suffix = ".optimized.ast" if optimized else ".ast"
            with open(os.path.join(target, label + suffix), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)

if __name__ == "__main__":
    main()
