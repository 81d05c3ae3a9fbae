#!/usr/bin/env python3
"""Simulated against real run times of a corpus, each relative to a baseline program measured in the same run.

The model's instruction costs were fitted to cpython-measurements.md, recorded on a quiet machine; a real
run's seconds on a busy or different machine are several times longer (the shared corpus's runs.json were
recorded 2-3x slower than those measurements: event_gate, the measurements' own loop at 1.2M increments,
took 0.16 s there against 0.06 s). Dividing each program's time by the baseline's, real by real and
simulated by simulated, cancels the machine's speed; what is left compares the model's relative costs.

    python3 tools/corpus-time-ratios.py RACELAB BASELINE.py CORPUS_DIR [VERSION ...]
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time

RUNS = 3


def real_seconds(python, program):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([python, program], capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def simulated_seconds(racelab, program, version):
    out = subprocess.run([racelab, "sim", program, "--python", version, "--json", "--seed", "1"],
                         capture_output=True, text=True).stdout
    return json.loads(out)["runs"][0]["simulated_seconds"]


def main():
    racelab, baseline, corpus = sys.argv[1:4]
    versions = sys.argv[4:] or ["3.9", "3.10", "3.11", "3.12", "3.13"]
    programs = sorted(glob.glob(os.path.join(corpus, "*.py")))
    for version in versions:
        python = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python")))[0]
        real_base, sim_base = real_seconds(python, baseline), simulated_seconds(racelab, baseline, version)
        print(f"# {version}: baseline {os.path.basename(baseline)} real {real_base:.3f} s, simulated {sim_base:.3f} s")
        print(f"{'program':22} {'real/base':>9} {'sim/base':>9} {'model/real':>10}")
        for program in programs:
            real = real_seconds(python, program) / real_base
            sim = simulated_seconds(racelab, program, version) / sim_base
            flag = "" if 1 / 1.5 <= sim / real <= 1.5 else "  outside x/÷1.5"
            print(f"{os.path.basename(program):22} {real:9.3f} {sim:9.3f} {sim / real:10.2f}{flag}")


if __name__ == "__main__":
    main()
