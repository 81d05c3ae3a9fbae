#!/usr/bin/env python3
"""Generates random Python programs for the compiler's differential test and records real CPython's code objects.

usage: tools/gen-differential.py SEED COUNT OUT_DIR [PREFIX [KIND]]   (run from the repository root)

Programs are drawn from a fixed seed, so the same command makes the same programs. Each mixes the
constructs RaceLab compiles: classes (methods, properties, static and class methods, super(), inheritance),
exceptions (raise, try/except/else/finally, handlers with names), dicts, sets, comprehensions, closures and
nonlocal, decorators, generators (yield, yield from, generator expressions), *args/**kwargs/keyword-only parameters and call unpacking, starred targets, loops with
else, with-blocks, globals, f-strings. ../shared/tools/golden.py (real CPython 3.9-3.13) records each
program's code.json; this script then packs them as OUT_DIR/PREFIX.programs.jsonl.gz (name, source) and
OUT_DIR/PREFIX.<3.X>.jsonl.gz (name, code), one compact JSON object a line, which the xUnit test reads
(every PREFIX found). KIND is `mixed` (the default: all of the above) or `control` (ControlGen: try/except/
finally and with-blocks nested in loops, functions, generators, classes and at module level, with return,
break, continue and raise everywhere) or `annotated` (AnnotatedGen: the mixed programs with annotations everywhere
and the future import in about half of them). The checked-in sets are listed in the test's Differential/README.md.
"""
import gzip, json, os, random, shutil, subprocess, sys, tempfile

VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.n = 0

    def name(self, prefix="v"):
        self.n += 1
        return f"{prefix}{self.n}"

    def atom(self, names):
        r = self.r.random()
        if names and r < 0.5:
            return self.r.choice(names)
        if r < 0.7:
            return str(self.r.randint(-3, 40))
        if r < 0.8:
            return self.r.choice(["'a'", "'key'", "None", "True", "False", "2.5"])
        return self.r.choice(["counter", "items", "table", "seen"])

    def int_or_name(self, names):
        return self.r.choice(names) if names and self.r.random() < 0.5 else str(self.r.randint(-3, 40))

    def expr(self, names, depth=0):
        if depth > 1:
            return self.atom(names)
        k = self.r.randint(0, 17)
        a = lambda: "(" + self.expr(names, depth + 1) + ")"
        if k == 0:
            return f"{a()} {self.r.choice(['+', '-', '*', '//', '%', '|', '&', '^', '<<'])} {a()}"
        if k == 1:
            return f"[{a()}, *{self.r.choice(['items', '[1, 2]', '(3,)'])}, {a()}]"
        if k == 2:
            # Only ints and names in set displays: CPython orders a folded frozenset of strings (or None
            # before 3.12) by a hash that changes from run to run.
            return f"{{{self.int_or_name(names)}, {self.int_or_name(names)}, {self.r.randint(0, 9)}}}"
        if k == 3:
            v = self.name("x")
            return f"{{{v}: {v} * 2 for {v} in range({self.r.randint(1, 5)}) if {v} != {a()}}}"
        if k == 4:
            v = self.name("x")
            return f"{{{v} % 3 for {v} in {self.r.choice(['items', 'range(6)', 'seen'])}}}"
        if k == 5:
            v = self.name("x")
            return f"[{v} + {a()} for {v} in range({self.r.randint(0, 4)})]"
        if k == 6:
            return f"{{'k': {a()}, **table, {a()}: 1}}"
        if k == 7:
            return f"helper({a()}, *items, scale={a()}, **options)"
        if k == 8:
            return f"{a()} if {a()} else {a()}"
        if k == 9:
            return f"f'{{{self.atom(names)}}}-{{{self.atom(names)}!r:>4}}'"
        if k == 10:
            return f"({a()}, *{self.r.choice(['items', 'seen'])})"
        if k == 11:
            return f"{a()} in {{1, 2, 3}}"
        if k == 12:
            return f"not {a()} or {a()} and {a()}"
        if k == 13:
            return f"lambda *a, k=1, **kw: (a, k, kw)"
        if k == 14:
            return f"table.get({a()}, {a()})"
        if k == 15:
            return f"{a()} < {a()} <= {a()}"
        if k == 16:
            v = self.name("g")
            return f"sum({v} * 2 for {v} in {self.r.choice(['items', 'range(4)', 'seen'])} if {v})"
        return self.atom(names)

    def block(self, indent, names, depth, in_loop=False, in_func=False, in_try=False):
        out = []
        for _ in range(self.r.randint(1, 2)):
            out.extend(self.stmt(indent, names, depth, in_loop, in_func, in_try))
            # Nothing after a jump: real code has no dead statements there.
            if out[-1].strip().split(" ")[0] in ("return", "break", "continue", "raise"):
                break
        return out

    def stmt(self, indent, names, depth, in_loop, in_func, in_try=False):
        p = "    " * indent
        k = self.r.randint(0, 16 if depth < 2 else 8)
        e = lambda: self.expr(names)
        if k == 0:
            v = self.name()
            names.append(v)
            return [f"{p}{v} = {e()}"]
        if k == 1:
            a, b = self.name(), self.name()
            names.extend([a, b])
            return [f"{p}{a}, *{b} = {self.r.choice(['items', '[1, 2, 3]', 'range(4)', 'seen'])}"]
        if k == 2:
            return [f"{p}table[{e()}] = table.get({e()}, 0) + 1"]
        if k == 3:
            return [f"{p}seen.add({e()})"]
        if k == 4:
            return [f"{p}print({e()}, *items)"]
        if k == 5 and in_loop:
            return [f"{p}{self.r.choice(['break', 'continue'])}"]
        if k == 6 and in_func:
            return [f"{p}return {e()}"]
        if k == 7 and in_func and self.r.random() < 0.5:
            v = self.name()
            names.append(v)
            return [self.r.choice([f"{p}yield {e()}", f"{p}{v} = yield", f"{p}yield from {self.r.choice(['items', 'range(3)', 'seen'])}",
                                   f"{p}{v} = yield {e()}"])]
        if k == 7:
            return [f"{p}global counter", f"{p}counter += {e()}"] if not in_func else [f"{p}self_total = {e()}"]
        if k == 8:
            return [f"{p}assert {e()}, {e()}"]
        if k == 9:
            v = self.name("i")
            body = self.block(indent + 1, names + [v], depth + 1, True, in_func, in_try)
            orelse = [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try) if self.r.random() < 0.4 else []
            return [f"{p}for {v}, *rest in [(1, 2), (3, 4, 5)]:" if self.r.random() < 0.3 else f"{p}for {v} in {self.r.choice(['items', 'range(3)', 'seen', 'table'])}:"] + body + orelse
        if k == 10:
            body = self.block(indent + 1, names, depth + 1, True, in_func, in_try)
            orelse = [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try) if self.r.random() < 0.4 else []
            if body[-1].strip().split(" ")[0] not in ("return", "break", "continue", "raise"):
                body.append(f"{p}    break")
            return [f"{p}while {e()}:"] + body + orelse
        if k == 11:
            body = self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            out = [f"{p}if {e()}:"] + body
            if self.r.random() < 0.5:
                out += [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            return out
        if k == 12 and not in_try and in_func:
            # Try statements only in function bodies and never nested (kept so that the mixed sets stay as they
            # were generated); the control kind (ControlGen) nests them everywhere.
            blk = lambda extra=(): self.block(indent + 1, names + list(extra), depth + 1, in_loop, in_func, True)
            out = [f"{p}try:"] + blk()
            n = self.r.randint(0, 2)
            for _ in range(n):
                exc = self.r.choice(["ValueError", "KeyError", "(TypeError, IndexError)", "Problem", "Exception"])
                if self.r.random() < 0.5:
                    v = self.name("e")
                    out += [f"{p}except {exc} as {v}:"] + blk([v])
                else:
                    out += [f"{p}except {exc}:"] + blk()
            if n and self.r.random() < 0.4:
                out += [f"{p}else:"] + blk()
            if not n or self.r.random() < 0.4:
                out += [f"{p}finally:"] + blk()
            return out
        if k == 13:
            return [f"{p}with lock:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
        if k == 14:
            return [f"{p}raise Problem({e()}) from None" if self.r.random() < 0.3 else f"{p}raise ValueError({e()})"]
        if k == 15:
            return [f"{p}del table[{e()}]"]
        if k == 16:
            return [f"{p}helper(*[{e()}], **{{'scale': {e()}}})"]
        return [f"{p}pass"]

    def function(self, indent, name, method=False):
        p = "    " * indent
        params = self.r.choice([
            "a, b=2, *args, c, d=4, **kwargs", "*args, **kwargs", "a, /, b, *, c=1", "a=1, *rest",
            "a, b", "*, key=None, **extra", "", "x, y=0, /"])
        if method:
            params = "self" + (", " + params if params and not params.startswith("*, ") and "/" not in params else (", " + params if params else ""))
        names = [n.split("=")[0].strip(" */") for n in params.split(",") if n.strip(" */")]
        out = []
        if self.r.random() < 0.3:
            out.append(f"{p}@trace")
        out.append(f"{p}def {name}({params}):")
        out += self.block(indent + 1, names, 1, False, True)
        if self.r.random() < 0.4:
            inner = self.name("inner")
            v = self.name("c")
            out += [f"{p}    {v} = 0", f"{p}    def {inner}(*a):", f"{p}        nonlocal {v}", f"{p}        {v} += len(a)",
                    f"{p}        return {v}", f"{p}    {inner}(*[1, 2])"]
        out.append(f"{p}    return {self.expr(names)}")
        return out

    def klass(self):
        name = self.name("C")
        base = self.r.choice(["", "(Base)", "(Problem)", "(Base, Mixin)"])
        out = [f"class {name}{base}:", f"    limit = {self.r.randint(1, 9)}"]
        out += ["    def __init__(self, *args, **kwargs):",
                "        super().__init__()" if base and "Problem" not in base else "        self.args2 = args",
                "        self.value = kwargs.get('value', 0)"]
        for _ in range(self.r.randint(1, 2)):
            out += self.function(1, self.name("m"), method=True)
        if self.r.random() < 0.5:
            out += ["    @property", "    def size(self):", "        return self.value + self.limit",
                    "    @size.setter", "    def size(self, v):", "        self.value = v"]
        if self.r.random() < 0.4:
            out += ["    @staticmethod", "    def make(*args, **kwargs):", f"        return {name}(*args, **kwargs)",
                    "    @classmethod", "    def build(cls, **kw):", "        return cls(**kw)"]
        return out

    def program(self):
        self.n = 0
        # Names the programs use, bound cheaply: only the code objects of the program's own defs are recorded.
        out = ["import threading", "counter = 0", "items = [1, 2, 3]", "table = {'a': 1}", "seen = {1, 2}",
               "options = {'scale': 2}", "lock = threading.Lock()", "Problem = Base = Mixin = Exception",
               "trace = helper = print", ""]
        for _ in range(self.r.randint(1, 2)):
            if self.r.random() < 0.5:
                out += self.klass()
            else:
                out += self.function(0, self.name("f"))
            out += ["", ""]
        names = []
        out += self.block(0, names, 0)
        return "\n".join(out) + "\n"


class ControlGen(Gen):
    """Control-flow shapes: try/except/else/finally and with-blocks nested in one another and in loops, in
    functions, generators, methods, class bodies and at module level, with return, break, continue and raise in
    every part of them (bodies, handlers, else and finally blocks). Expressions stay small: the shapes are the point."""

    JUMPS = ("return", "break", "continue", "raise")

    def small(self, names):
        return self.expr(names, 1) if self.r.random() < 0.3 else self.atom(names)

    def block(self, indent, names, depth, in_loop=False, in_func=False, in_try=False):
        out = []
        for _ in range(self.r.randint(1, 3)):
            out.extend(self.stmt(indent, names, depth, in_loop, in_func, in_try))
            if out[-1].strip().split(" ")[0] in self.JUMPS:
                break
        return out

    def jump(self, p, names, in_loop, in_func):
        kinds = ["raise"] + (["break", "continue"] * 2 if in_loop else []) + (["return"] * 2 if in_func else [])
        k = self.r.choice(kinds)
        if k == "raise":
            return [f"{p}raise {self.r.choice(['ValueError', 'KeyError', 'Problem'])}({self.atom(names)})" if self.r.random() < 0.8 else f"{p}raise"]
        if k == "return":
            return [self.r.choice([f"{p}return", f"{p}return {self.small(names)}", f"{p}return {self.r.randint(0, 9)}"])]
        return [f"{p}{k}"]

    def try_stmt(self, indent, names, depth, in_loop, in_func):
        p = "    " * indent
        blk = lambda extra=(): self.block(indent + 1, names + list(extra), depth + 1, in_loop, in_func, True)
        out = [f"{p}try:"] + blk()
        n = self.r.randint(0, 2)
        for i in range(n):
            exc = self.r.choice(["ValueError", "KeyError", "(TypeError, IndexError)", "Problem", "Exception"])
            if i == n - 1 and self.r.random() < 0.2:
                out += [f"{p}except:"] + blk()
            elif self.r.random() < 0.5:
                v = self.name("e")
                out += [f"{p}except {exc} as {v}:"] + blk([v])
            else:
                out += [f"{p}except {exc}:"] + blk()
        if n and self.r.random() < 0.4:
            out += [f"{p}else:"] + blk()
        if not n or self.r.random() < 0.5:
            out += [f"{p}finally:"] + blk()
        return out

    def stmt(self, indent, names, depth, in_loop, in_func, in_try=False):
        p = "    " * indent
        k = self.r.randint(0, 13 if depth < 4 else 5)
        if k == 0:
            v = self.name()
            names.append(v)
            return [f"{p}{v} = {self.small(names)}"]
        if k == 1:
            return [f"{p}{self.r.choice(['print', 'helper', 'seen.add'])}({self.small(names)})"]
        if k == 2:
            return [f"{p}table[{self.atom(names)}] = {self.small(names)}" if self.r.random() < 0.5 else f"{p}counter += 1" if not in_func else f"{p}pass"]
        if k in (3, 4):
            return self.jump(p, names, in_loop, in_func)
        if k == 5:
            return [f"{p}pass"] if self.r.random() < 0.5 else [f"{p}assert {self.atom(names)}, {self.atom(names)}"]
        if k in (6, 7, 8):
            return self.try_stmt(indent, names, depth, in_loop, in_func)
        if k == 9:
            head = self.r.choice(["with lock:", f"with lock as {self.name('w')}:", "with lock, lock:"])
            return [f"{p}{head}"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
        if k == 10:
            v = self.name("i")
            out = [f"{p}for {v} in {self.r.choice(['items', 'range(3)', 'seen', 'table'])}:"]
            out += self.block(indent + 1, names + [v], depth + 1, True, in_func, in_try)
            if self.r.random() < 0.3:
                out += [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            return out
        if k == 11:
            out = [f"{p}while {self.small(names)}:"]
            body = self.block(indent + 1, names, depth + 1, True, in_func, in_try)
            if body[-1].strip().split(" ")[0] not in self.JUMPS and self.r.random() < 0.5:
                body.append(f"{p}    break")
            out += body
            if self.r.random() < 0.3:
                out += [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            return out
        if k == 12:
            out = [f"{p}if {self.small(names)}:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            if self.r.random() < 0.5:
                out += [f"{p}else:"] + self.block(indent + 1, names, depth + 1, in_loop, in_func, in_try)
            return out
        if k == 13 and in_func and self.r.random() < 0.5:
            v = self.name()
            names.append(v)
            return [self.r.choice([f"{p}yield {self.atom(names)}", f"{p}{v} = yield", f"{p}yield from items"])]
        return [f"{p}{self.name('x')} = {self.small(names)}"]

    def function(self, indent, name, method=False):
        p = "    " * indent
        params = "self, a, b=1" if method else self.r.choice(["a, b=1", "*args", "a", ""])
        names = [n.split("=")[0].strip(" *") for n in params.split(",") if n.strip(" *")]
        out = [f"{p}def {name}({params}):"] + self.block(indent + 1, names, 1, False, True)
        if out[-1].strip().split(" ")[0] not in self.JUMPS and self.r.random() < 0.5:
            out.append(f"{p}    return {self.atom(names)}")
        return out

    def klass(self):
        name = self.name("C")
        out = [f"class {name}{self.r.choice(['', '(Base)'])}:", f"    limit = {self.r.randint(1, 9)}"]
        if self.r.random() < 0.5:
            out += self.block(1, [], 1)
        for _ in range(self.r.randint(1, 2)):
            out += self.function(1, self.name("m"), method=True)
        return out

    def program(self):
        self.n = 0
        out = ["import threading", "counter = 0", "items = [1, 2, 3]", "table = {'a': 1}", "seen = {1, 2}",
               "lock = threading.Lock()", "Problem = Base = Exception", "helper = print", ""]
        for _ in range(self.r.randint(1, 2)):
            out += self.klass() if self.r.random() < 0.4 else self.function(0, self.name("f"))
            out += ["", ""]
        out += self.block(0, [], 0)
        return "\n".join(out) + "\n"


class AnnotatedGen(Gen):
    """The mixed programs with annotations (PEP 3107, PEP 526) everywhere: annotated parameters and returns,
    annotated assignments of names, attributes and subscripts (with and without a value, parenthesised or not)
    in modules, classes, functions and nested blocks, and `from __future__ import annotations` (PEP 563) in
    about half the programs."""

    ANNOTATIONS = ["int", "'str'", "list[int]", "dict[str, int]", "int | None", "tuple[int, ...]", "Problem",
                   "typing.Optional[Base]", "Callable[[int], str]", "items[0]", "-1", "2 ** 3", "(int, str)",
                   "Undefined.attr", "set[frozenset[int]]", "'Base' | None"]

    def annotation(self):
        return self.r.choice(self.ANNOTATIONS)

    def stmt(self, indent, names, depth, in_loop, in_func, in_try=False):
        if self.r.random() >= 0.3:
            return super().stmt(indent, names, depth, in_loop, in_func, in_try)
        p = "    " * indent
        e = lambda: self.expr(names)
        k = self.r.randint(0, 5)
        if k <= 1:
            v = self.name()
            names.append(v)
            return [f"{p}{v}: {self.annotation()} = {e()}" if k == 0 else f"{p}{v}: {self.annotation()}"]
        if k == 2:
            v = self.name()
            names.append(v)
            return [f"{p}({v}): {self.annotation()} = {e()}"]
        if k == 3:
            return [f"{p}table[{e()}]: {self.annotation()}" + (f" = {e()}" if self.r.random() < 0.5 else "")]
        if k == 4:
            return [f"{p}lock.attr: {self.annotation()}" + (" = 1" if self.r.random() < 0.5 else "")]
        return [f"{p}items[{self.r.randint(0, 2)}:{self.r.choice(['', '2', 'counter'])}]: {self.annotation()}"]

    def function(self, indent, name, method=False):
        out = super().function(indent, name, method)
        header = next(i for i, line in enumerate(out) if line.lstrip().startswith("def "))
        line = out[header]
        start, end = line.index("(") + 1, line.rindex(")")
        params = []
        for item in line[start:end].split(","):
            item = item.strip()
            bare = item.lstrip("*")
            if not item or item in ("*", "/") or bare == "self" or self.r.random() < 0.3:
                params.append(item)
                continue
            pname, _, default = bare.partition("=")
            stars = item[:len(item) - len(bare)]
            params.append(f"{stars}{pname}: {self.annotation()}" + (f" = {default}" if default else ""))
        returns = f" -> {self.annotation()}" if self.r.random() < 0.6 else ""
        out[header] = line[:start] + ", ".join(params) + ")" + returns + ":"
        return out

    def klass(self):
        out = super().klass()
        fields = [f"    field{i}: {self.annotation()}" + (f" = {i}" if self.r.random() < 0.5 else "") for i in range(self.r.randint(1, 3))]
        return out[:2] + fields + out[2:]

    def program(self):
        text = super().program()
        return ("from __future__ import annotations\n" + text) if self.r.random() < 0.5 else text


def interpreter(version):
    root = os.path.expanduser("~/.pyenv/versions")
    return os.path.join(root, sorted(d for d in os.listdir(root) if d.startswith(version + "."))[-1], "bin", "python")


CHECK = "import sys\nfor p in sys.argv[1:]:\n    try:\n        compile(open(p).read(), 'p', 'exec')\n    except SyntaxError:\n        print(p)\n"


def invalid_somewhere(paths):
    """The programs some CPython 3.9-3.13 refuses (one interpreter run per version)."""
    bad = set()
    for v in VERSIONS:
        run = subprocess.run([interpreter(v), "-c", CHECK, *paths], capture_output=True, text=True, check=True)
        bad.update(run.stdout.split())
    return bad


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    prefix = sys.argv[4] if len(sys.argv) > 4 else "gen"
    kind = sys.argv[5] if len(sys.argv) > 5 else "mixed"
    rng = random.Random(seed)
    gen = {"mixed": Gen, "control": ControlGen, "annotated": AnnotatedGen}[kind](rng)
    work = tempfile.mkdtemp(prefix="racelab-diff-")
    candidates = []
    for i in range(count * 2):
        path = os.path.join(work, f"cand{i:05d}.py")
        with open(path, "w") as f:
            f.write(gen.program())
        candidates.append(path)
    bad = invalid_somewhere(candidates)
    programs, paths = [], []
    for path in candidates:
        if path in bad or len(programs) == count:
            continue
        name = f"{prefix}{len(programs):04d}"
        target = os.path.join(work, name + ".py")
        os.rename(path, target)
        with open(target) as f:
            programs.append((name, f.read()))
        paths.append(target)
    if len(programs) < count:
        sys.exit(f"only {len(programs)} of {count} programs compile on every version")
    golden = os.path.join(work, "golden")
    here = os.path.dirname(os.path.abspath(__file__))
    tool = os.path.join(here, "..", "..", "shared", "tools", "golden.py")
    if not os.path.exists(tool):
        tool = "/work/shared/tools/golden.py"
    for i in range(0, len(paths), 100):
        subprocess.run([sys.executable, tool, golden, "0", *paths[i:i + 100]], check=True, capture_output=True)
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(out, f"{prefix}.programs.jsonl.gz"), "wt", compresslevel=9) as f:
        for name, source in programs:
            f.write(json.dumps({"name": name, "source": source}, separators=(",", ":")) + "\n")
    for v in VERSIONS:
        with gzip.open(os.path.join(out, f"{prefix}.{v}.jsonl.gz"), "wt", compresslevel=9) as f:
            for name, _ in programs:
                with open(os.path.join(golden, name, f"{v}.code.json")) as g:
                    code = json.load(g)
                f.write(json.dumps({"name": name, "code": code}, separators=(",", ":")) + "\n")
    shutil.rmtree(work)
    print(f"{len(programs)} programs, seed {seed}")


if __name__ == "__main__":
    main()
