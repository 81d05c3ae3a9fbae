#!/usr/bin/env python3
"""Per-statement costs, real CPython against RaceLab's cost model, to fit src/RaceLab.Python.Vm/Timing.

Each case is one statement run N times in a function's loop (single thread). Real CPython times, in one
process, three loops in turn REPEAT times: the empty loop, the note's loop (`count += 1` on a global, the
case the model was fitted to, cpython-measurements.md §F (b)) and the case; each takes its least CPU time
(time.process_time: on a shared machine CPU time grows with the load far less than wall time, and a
single-threaded loop never waits). A case's cost is (case - empty) / (note's loop - empty), so the
machine's speed and its drift during the run cancel. RaceLab simulates the same programs (deterministic)
and its costs are put the same way; `model/real` compares the two. `real ns*` is the real relative cost
times the model's ns for the note's loop.

    python3 tools/calibrate-costs.py RACELAB [VERSION ...]
    CASES=with_cm,cm_methods python3 tools/calibrate-costs.py RACELAB 3.9   # only these (and the references)
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

N = 200_000
REPEAT = 5

SETUP = '''
import threading, queue
count = 0
class C:
    def __init__(self):
        self.a = 0
        self.value = 0
    def m(self):
        pass
    def inc(self):
        self.value += 1
    @property
    def p(self):
        return self.a
o = C()
d = {"k": 0}
k = "k"
l = [0, 1, 2]
i = 1
lock = threading.Lock()
rlock = threading.RLock()
ev = threading.Event()
cond = threading.Condition()
q = queue.Queue()
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        pass
cm = CM()
def f():
    pass
def g(x):
    return x
'''

CASES = {
    "empty": "pass",
    "global_inc": "count += 1",
    "attr_load": "x = o.a",
    "attr_store": "o.a = 1",
    "attr_inc": "o.a += 1",
    "method_call": "o.m()",
    "method_inc": "o.inc()",
    "property": "x = o.p",
    "func_call": "f()",
    "func_arg": "x = g(i)",
    "dict_inc": "d[k] += 1",
    "dict_get": "x = d.get(k, 0)",
    "list_sub": "l[i] -= 1",
    "list_append_pop": "l.append(1); l.pop()",
    "len": "x = len(l)",
    "with_lock": "with lock: pass",
    "with_rlock": "with rlock: pass",
    "rlock_acq_rel": "rlock.acquire(); rlock.release()",
    "event_is_set": "x = ev.is_set()",
    "with_cond_notify": "with cond: cond.notify_all()",
    "queue_put_get": "q.put(1); q.get()",
    "isinstance": "x = isinstance(i, int)",
    "build_tuple": "x = (i, i)",
    "attr_rmw": "o.a = o.a + 1",
    "arith_mod": "x = (i + 3 * i + 1) % 10",
    "with_cond": "with cond: pass",
    "list_append_pop0": "l.append(1); l.pop(0)",
    "lock_acq_rel": "lock.acquire(); lock.release()",
    "with_cm": "with cm: pass",
    "cm_methods": "cm.__enter__(); cm.__exit__(None, None, None)",
    "cond_methods": "cond.__enter__(); cond.__exit__(None, None, None)",
    "rlock_methods": "rlock.__enter__(); rlock.__exit__(None, None, None)",
    "new_instance": "x = C()",
}


def loop(name, stmt):
    return f'''
def {name}():
    global count
    for _ in range({N}):
        {stmt}
'''


def real_program(stmt):
    return SETUP + loop("empty", "pass") + loop("base", CASES["global_inc"]) + loop("case", stmt) + f'''
import time
best = {{"empty": [], "base": [], "case": []}}
for _ in range({REPEAT}):
    for name, timed in (("empty", empty), ("base", base), ("case", case)):
        t0 = time.process_time()
        timed()
        best[name].append(time.process_time() - t0)
print(min(best["empty"]), min(best["base"]), min(best["case"]))
'''


def real(version, stmt):
    """(case - empty) / (note's loop - empty) and the note's loop's ns per iteration, both in one process."""
    py = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python")))[0]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(real_program(stmt))
    out = subprocess.run([py, f.name], capture_output=True, text=True, check=True).stdout
    empty, base, case = map(float, out.split()[-3:])
    return (case - empty) / (base - empty), (base - empty) / N * 1e9


def simulated(racelab, version, stmt):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(SETUP + loop("loop", stmt) + "loop()\n")
    out = subprocess.run([racelab, "sim", f.name, "--python", version, "--json", "--seed", "1"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["runs"][0]["simulated_seconds"]


def main():
    racelab, versions = sys.argv[1], sys.argv[2:] or ["3.9", "3.10", "3.11", "3.12", "3.13"]
    only = os.environ.get("CASES")  # a comma-separated subset, to measure a few cases again
    cases = [c for c in CASES if not only or c in only.split(",") or c in ("empty", "global_inc")]
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()}")
    for v in versions:
        sim = {name: simulated(racelab, v, CASES[name]) for name in cases}
        sim_ns = {c: (sim[c] - sim["empty"]) / N * 1e9 for c in cases}
        base_ns = sim_ns["global_inc"]
        print(f"# {v}: note's loop (count += 1) model {base_ns:.1f} ns/iteration above the empty loop")
        print(f"{'case':18} {'real rel':>8} {'real ns*':>8} {'model ns':>8} {'model rel':>9} {'model/real':>10}  (*scaled)")
        for c in cases:
            if c in ("empty", "global_inc"):
                continue
            rel, real_base_ns = real(v, CASES[c])
            model_rel = sim_ns[c] / base_ns
            print(f"{c:18} {rel:8.2f} {rel * base_ns:8.1f} {sim_ns[c]:8.1f} {model_rel:9.2f}"
                  f" {model_rel / rel if rel > 0 else 0:10.2f}   (real note's loop {real_base_ns:.1f} ns)")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
