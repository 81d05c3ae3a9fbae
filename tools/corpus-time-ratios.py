#!/usr/bin/env python3
"""Simulated against real run times of a corpus, each relative to a baseline program measured in the same run.

The model's instruction costs were fitted to cpython-measurements.md, recorded on a quiet machine; a real
run's seconds on a busy or different machine are several times longer (the shared corpus's runs.json were
recorded 2-3x slower than those measurements: event_gate, the measurements' own loop at 1.2M increments,
took 0.16 s there against 0.06 s). Dividing each program's time by the baseline's, real by real and
simulated by simulated, cancels the machine's speed; what is left compares the model's relative costs.

Real times are CPU seconds (user + system of the whole process, from wait4's rusage), not wall seconds: on a
shared machine a process's wall time grows with the other processes' load, its CPU time much less. For a
GIL program that is sound: its threads take turns, and a thread that waits (for the GIL, a lock, a queue)
sleeps in the kernel and burns nothing, so CPU time is the serialised run minus the idle gaps of hand-offs
(measured below as wall - CPU on a quiet run). A program that calls time.sleep is not: its sleeps are in
the wall time and in the simulated time but not in CPU time. A second, instrumented run of each program
(time.sleep wrapped to add up, per thread, the wall time spent in it) gives the longest thread's sleeping;
the real figure used is CPU + that sleep (`cpu+sleep` below), and programs that never sleep add 0.
Baseline and programs are run round-robin, REPEAT times each, and the medians are used, so a change of
load during the run falls on all of them alike.

    python3 tools/corpus-time-ratios.py real BASELINE.py CORPUS_DIR OUT.json [VERSION ...]
    python3 tools/corpus-time-ratios.py compare RACELAB OUT.json

`real` records the medians (and the load average before and after) in OUT.json, with a run of `import
threading` alone (_startup.py, written beside OUT.json); `compare` simulates each program (`racelab sim
--trials 3 --seed 1`, median, as check-corpus.py does) and prints real/base, sim/base, their ratio
(`sim/real`), the same with the start-up taken off every time (`-start`: what the instruction and
scheduling costs alone give), and how many (program, version) pairs lie within x/÷1.5.
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time

REPEAT = 7
SLEEP_PROBE_RUNS = 3

SLEEP_PROBE = '''
import runpy, sys, threading, time
_sleep, _clock, slept = time.sleep, time.perf_counter, {}
def sleep(seconds):
    start = _clock()
    _sleep(seconds)
    key = threading.get_ident()
    slept[key] = slept.get(key, 0.0) + _clock() - start
time.sleep = sleep
sys.argv = sys.argv[1:]
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    sys.stderr.write(f"SLEPT {max(slept.values(), default=0.0)!r}\\n")
'''


def interpreter(version):
    return sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python")))[0]


def run_once(python, program):
    """(wall, cpu) seconds of one run of the program in a fresh process."""
    start = time.perf_counter()
    p = subprocess.Popen([python, program], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = 0  # reaped by wait4 above
    return wall, usage.ru_utime + usage.ru_stime


def longest_sleep(python, program):
    """Median over runs of the most wall time one thread spent inside time.sleep."""
    out = []
    for _ in range(SLEEP_PROBE_RUNS):
        p = subprocess.run([python, "-c", SLEEP_PROBE, program], capture_output=True, text=True)
        line = [s for s in p.stderr.splitlines() if s.startswith("SLEPT ")][-1]
        out.append(float(line.split()[1]))
    return statistics.median(out)


STARTUP = "_startup.py"  # the interpreter's start-up and `import threading` alone, written beside OUT.json


def record_real(baseline, corpus, out_path, versions):
    startup = os.path.join(os.path.dirname(os.path.abspath(out_path)), STARTUP)
    with open(startup, "w") as f:
        f.write("import threading\n")
    programs = [baseline, startup] + sorted(glob.glob(os.path.join(corpus, "*.py")))
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "repeat": REPEAT,
              "loadavg_before": os.getloadavg(), "baseline": os.path.basename(baseline),
              "dirs": [os.path.dirname(os.path.abspath(baseline)), os.path.abspath(corpus),
                       os.path.dirname(startup)], "versions": {}}
    for version in versions:
        python = interpreter(version)
        samples = {p: [] for p in programs}
        for _ in range(REPEAT):
            for p in programs:
                samples[p].append(run_once(python, p))
        rows = {}
        for p in programs:
            walls, cpus = zip(*samples[p])
            rows[os.path.basename(p)] = {"wall": statistics.median(walls), "cpu": statistics.median(cpus),
                                         "sleep": longest_sleep(python, p), "cpus": cpus, "walls": walls}
        result["versions"][version] = {"interpreter": os.path.basename(os.path.dirname(os.path.dirname(python))),
                                       "programs": rows, "loadavg": os.getloadavg()}
        print(f"# {version} done, load {os.getloadavg()}", file=sys.stderr)
    result["loadavg_after"] = os.getloadavg()
    with open(out_path, "w") as f:
        json.dump(result, f, indent=1)


def simulated_seconds(racelab, program, version):
    out = subprocess.run([racelab, "sim", program, "--python", version, "--json", "--seed", "1", "--trials", "3"],
                         capture_output=True, text=True).stdout
    return statistics.median(r["simulated_seconds"] for r in json.loads(out)["runs"])


def compare(racelab, real_path):
    """Whole runs, and (`-start`) with each one's start-up (the _startup.py run's) taken off, real and simulated."""
    real = json.load(open(real_path))
    print(f"# real: {real['date']}, {real['repeat']} runs each, load average {real['loadavg_before']}"
          f" -> {real['loadavg_after']}; real = median CPU s + longest per-thread sleep")
    inside = inside_net = total = 0
    base = real["baseline"]
    for version, data in real["versions"].items():
        rows = data["programs"]
        eff = {name: r["cpu"] + r["sleep"] for name, r in rows.items()}
        sim = {name: simulated_seconds(racelab, find_program(name), version) for name in rows}
        start_real, start_sim = eff.get(STARTUP, 0.0), sim.get(STARTUP, 0.0)
        print(f"# {version}: baseline {base} real cpu {rows[base]['cpu']:.3f} s (wall {rows[base]['wall']:.3f} s),"
              f" simulated {sim[base]:.3f} s; start-up real {start_real:.3f} s, simulated {start_sim:.3f} s")
        print(f"{'program':22} {'cpu s':>7} {'wall s':>7} {'sleep s':>7} {'real/base':>9} {'sim/base':>9} {'sim/real':>8}"
              f" {'-start':>7}")
        for name in rows:
            if name in (base, STARTUP):
                continue
            r, s = eff[name] / eff[base], sim[name] / sim[base]
            net = ((sim[name] - start_sim) / (sim[base] - start_sim)) / ((eff[name] - start_real) / (eff[base] - start_real))
            ok, ok_net = 1 / 1.5 <= s / r <= 1.5, 1 / 1.5 <= net <= 1.5
            inside, inside_net, total = inside + ok, inside_net + ok_net, total + 1
            print(f"{name:22} {rows[name]['cpu']:7.3f} {rows[name]['wall']:7.3f} {rows[name]['sleep']:7.3f}"
                  f" {r:9.3f} {s:9.3f} {s / r:8.2f} {net if STARTUP in rows else float('nan'):7.2f}"
                  f"{'' if ok else '  outside x/÷1.5'}")
    print(f"{inside} of {total} within x/÷1.5" + (f"; without start-up {inside_net} of {total}" if STARTUP in rows else ""))


PROGRAM_DIRS = []


def find_program(name):
    for d in PROGRAM_DIRS:
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    raise SystemExit(f"{name}: not found in {PROGRAM_DIRS}")


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "real":
        baseline, corpus, out = sys.argv[2:5]
        record_real(baseline, corpus, out, sys.argv[5:] or ["3.9", "3.10", "3.11", "3.12", "3.13"])
    elif len(sys.argv) >= 4 and sys.argv[1] == "compare":
        real = json.load(open(sys.argv[3]))
        PROGRAM_DIRS.extend(real["dirs"])
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
