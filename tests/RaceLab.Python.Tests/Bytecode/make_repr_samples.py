#!/usr/bin/env python3
"""Writes ReprSamples.json (next to this file): repr() of floats and strings from real CPython 3.9-3.13.

Floats are given as IEEE bits (big-endian hex), strings as code points (so lone surrogates survive JSON).
"strings" holds the samples every version prints alike; "strings_by_version" the ones they print
differently (characters assigned by a later Unicode version). usage: python3 make_repr_samples.py
"""
import json, os, subprocess

PROBE = r'''
import json, random, struct, sys
random.seed(20261125)
floats = [5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, 1e16, 9999999999999998.0, 1e-05, 0.0001,
          0.00011, 123456789012345678.0, 0.1 + 0.2, 1/3, 2/3, 1e22, 1e23, 1.5, 100.0, 1e15, 123456789.0,
          0.001, 1e-4, 9.5e-5, 4.35, 2.5e10, 1e-7, 6.02214076e23, 3.141592653589793, -0.0, 0.0, 1e300 * 10,
          -1e300 * 10, 1e-320, 12345.678e-10, 0.5e-4, 1e100, 999999999999999.9, 9999999999999999.0]
for _ in range(400):
    f = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    if f == f:
        floats.append(f)
for _ in range(300):
    floats.append(round(random.uniform(-1e6, 1e6), random.randint(0, 8)))
for _ in range(100):
    floats.append(random.randint(1, 999) * 10.0 ** random.randint(-30, 30))
cps = list(range(0, 0x300)) + [0x378, 0x37f, 0x5d0, 0x600, 0x61c, 0x200b, 0x200e, 0x2028, 0x2029, 0x202f, 0x205f,
       0x2060, 0x3000, 0x3042, 0x4e2d, 0xd7ff, 0xd800, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xfeff, 0xfff9, 0xfffd,
       0xfffe, 0xffff, 0x10000, 0x1d11e, 0x1f600, 0x1f9ff, 0x1fae0, 0x1fa75, 0x1fa89, 0x11f00, 0x31350, 0x2ebf0,
       0xe0001, 0xf0000, 0x10ffff, 0x1680, 0x180e, 0x2000, 0x85, 0xad]
cps += random.sample(range(0x300, 0x323b0), 2500)
strings = [[[c], repr(chr(c))] for c in cps]
for s in ["it's", 'say "hi"', "both ' and \"", "tab\there\nnew\\slash", "", "'", '"', "\\", "\x00\x7f\x80\xff",
          "caf\u00e9 \U0001F600 \u2028 end"]:
    strings.append([[ord(c) for c in s], repr(s)])
print(json.dumps({"floats": [[struct.pack(">d", f).hex(), repr(f)] for f in floats], "strings": strings}))
'''
VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]


def interpreter(v):
    root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
    for name in sorted(os.listdir(os.path.join(root, "versions"))):
        if name.startswith(v + ".") and name.count(".") == 2:
            return os.path.join(root, "versions", name, "bin", "python")
    raise SystemExit(f"no CPython {v}")


data = {v: json.loads(subprocess.run([interpreter(v), "-c", PROBE], capture_output=True, text=True, check=True).stdout)
        for v in VERSIONS}
base = data["3.13"]
assert all(data[v]["floats"] == base["floats"] for v in VERSIONS), "float reprs differ between versions"
same = [i for i in range(len(base["strings"])) if all(data[v]["strings"][i] == base["strings"][i] for v in VERSIONS)]
differ = [i for i in range(len(base["strings"])) if i not in set(same)]
rows = lambda items: ",\n".join("  " + json.dumps(x) for x in items)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ReprSamples.json"), "w") as f:
    f.write('{\n "floats": [\n' + rows(base["floats"]) + '\n ],\n "strings": [\n'
            + rows(base["strings"][i] for i in same) + '\n ],\n "strings_by_version": {\n'
            + ",\n".join(f'  "{v}": [\n' + ",\n".join("   " + json.dumps(data[v]["strings"][i]) for i in differ) + "\n  ]"
                         for v in VERSIONS)
            + "\n }\n}\n")
print(len(base["floats"]), "floats,", len(same), "strings alike,", len(differ), "differing by version")
