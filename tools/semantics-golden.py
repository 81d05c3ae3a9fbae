#!/usr/bin/env python3
"""Record what real CPython prints for the VM's semantics programs.
usage: tools/semantics-golden.py PROGRAM.py...   (run from the repository root)
For each program and each CPython 3.9-3.13 that pyenv has, writes beside the other goldens in
tests/RaceLab.Python.Vm.Tests/Semantics/golden/<program>/: <version>.out (stdout) and <version>.exit (exit
code); then run ../shared/tools/golden.py for the .code.json and .dis files."""
import glob, os, subprocess, sys

ROOT = os.path.join("tests", "RaceLab.Python.Vm.Tests", "Semantics", "golden")
for program in sys.argv[1:]:
    name = os.path.splitext(os.path.basename(program))[0]
    os.makedirs(os.path.join(ROOT, name), exist_ok=True)
    for version in ["3.9", "3.10", "3.11", "3.12", "3.13"]:
        found = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python{version}")))
        if not found:
            print(f"{name}: no python{version}", file=sys.stderr)
            continue
        run = subprocess.run([found[-1], program], capture_output=True, text=True, timeout=120)
        with open(os.path.join(ROOT, name, f"{version}.out"), "w") as out:
            out.write(run.stdout)
        with open(os.path.join(ROOT, name, f"{version}.exit"), "w") as code:
            code.write(f"{run.returncode}\n")
        print(f"{name} {version}: exit {run.returncode}")
