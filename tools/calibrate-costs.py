#!/usr/bin/env python3
"""Per-statement costs, real CPython against RaceLab's cost model, to fit src/RaceLab.Python.Vm/Timing.

Each case is one statement run N times in a function's loop (single thread). Real CPython times the loop
in-process (best of REPEAT, minus the empty loop); RaceLab simulates the same program and reports its
simulated seconds (minus the empty loop's). The machine's speed drifts with load, so the real figures are
scaled by the ratio of the model to real CPython on the case the model was fitted to (`count += 1` on a
global, cpython-measurements.md); what is left is each case's cost relative to that one.

    python3 tools/calibrate-costs.py RACELAB [VERSION ...]
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

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
}


def program(stmt, timed):
    body = f'''
def loop():
    global count
    for _ in range({N}):
        {stmt}
'''
    if timed:
        return SETUP + body + f'''
import time
best = min((lambda t0: (loop(), time.process_time() - t0)[1])(time.process_time()) for _ in range({REPEAT}))
print(best)
'''
    return SETUP + body + "loop()\n"


def real(version, stmt):
    py = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python")))[0]
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(program(stmt, True))
    out = subprocess.run([py, f.name], capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def simulated(racelab, version, stmt):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(program(stmt, False))
    out = subprocess.run([racelab, "sim", f.name, "--python", version, "--json", "--seed", "1"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["runs"][0]["simulated_seconds"]


def main():
    racelab, versions = sys.argv[1], sys.argv[2:] or ["3.9", "3.10", "3.11", "3.12", "3.13"]
    for v in versions:
        r = {name: real(v, s) for name, s in CASES.items()}
        m = {name: simulated(racelab, v, s) for name, s in CASES.items()}
        ns = lambda t, base: (t - base) / N * 1e9  # noqa: E731
        real_ns = {c: ns(r[c], r["empty"]) for c in CASES}
        sim_ns = {c: ns(m[c], m["empty"]) for c in CASES}
        scale = sim_ns["global_inc"] / real_ns["global_inc"]
        print(f"# {v}: empty loop real {r['empty'] / N * 1e9:.1f} ns, model {m['empty'] / N * 1e9:.1f} ns;"
              f" machine scale {scale:.2f}")
        print(f"{'case':18} {'real ns':>9} {'scaled':>9} {'model ns':>9} {'model/real':>10}")
        for c in CASES:
            if c == "empty":
                continue
            scaled = real_ns[c] * scale
            print(f"{c:18} {real_ns[c]:9.1f} {scaled:9.1f} {sim_ns[c]:9.1f} {sim_ns[c] / scaled if scaled else 0:10.2f}")


if __name__ == "__main__":
    main()
