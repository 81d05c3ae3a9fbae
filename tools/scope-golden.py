#!/usr/bin/env python3
"""Writes the scope goldens for tests/RaceLab.Python.Tests/Syntax/ScopeCases.

For every CASES/<name>.py and every interpreter given, compiles it with that interpreter and writes
CASES/<name>/<3.X>.scopes: one line per code object (depth-first through co_consts) with its
co_varnames, co_cellvars and co_freevars, the format RaceLab's scope tests print from ScopeAnalyzer.

usage: scope-golden.py CASES_DIR PYTHON...
"""
import os
import subprocess
import sys

WALKER = r'''
import sys
def names(xs):
    return "(" + ", ".join("'" + x + "'" for x in xs) + ("," if len(xs) == 1 else "") + ")"
def walk(co, depth, out):
    out.append("  " * depth + f"{co.co_name}: varnames={names(co.co_varnames)} cellvars={names(co.co_cellvars)} freevars={names(co.co_freevars)}")
    for const in co.co_consts:
        if hasattr(const, "co_code"):
            walk(const, depth + 1, out)
out = []
walk(compile(open(sys.argv[1], encoding="utf-8").read(), "case.py", "exec"), 0, out)
sys.stdout.write("\n".join(out) + "\n")
'''

def main():
    cases, pythons = sys.argv[1], sys.argv[2:]
    for python in pythons:
        label = subprocess.check_output([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], text=True).strip()
        for name in sorted(os.listdir(cases)):
            if not name.endswith(".py"):
                continue
            target = os.path.join(cases, name[:-3])
            os.makedirs(target, exist_ok=True)
            text = subprocess.check_output([python, "-W", "ignore", "-c", WALKER, os.path.join(cases, name)], text=True)
            with open(os.path.join(target, label + ".scopes"), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)

if __name__ == "__main__":
    main()
