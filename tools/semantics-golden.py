#!/usr/bin/env python3
"""Record what real CPython prints for the VM's semantics programs.
usage: tools/semantics-golden.py [--stderr] PROGRAM.py...   (run from the repository root)
For each program and each CPython 3.9-3.13 that pyenv has, writes beside the other goldens in
tests/RaceLab.Python.Vm.Tests/Semantics/golden/<program>/: <version>.out (stdout) and <version>.exit (exit
code), and with --stderr <version>.err (stderr, for programs whose point is what they write there); then run
../shared/tools/golden.py for the .code.json and .dis files."""
import glob, os, subprocess, sys

ROOT = os.path.join("tests", "RaceLab.Python.Vm.Tests", "Semantics", "golden")
stderr = "--stderr" in sys.argv[1:]
for program in [a for a in sys.argv[1:] if a != "--stderr"]:
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
        if stderr:
            with open(os.path.join(ROOT, name, f"{version}.err"), "w") as err:
                err.write(run.stderr)
        with open(os.path.join(ROOT, name, f"{version}.exit"), "w") as code:
            code.write(f"{run.returncode}\n")
        print(f"{name} {version}: exit {run.returncode}")
