# io.StringIO (C): write/getvalue/read/readline/seek/tell/truncate/close, used as a context manager; and
# contextlib.redirect_stdout/redirect_stderr, Python classes that assign sys.stdout/sys.stderr, so print (which
# looks sys.stdout up at each call) writes into a StringIO; nested and re-used redirects; threads printing
# while the main thread's redirect is in force write there too (sys.stdout is one for all threads).
import io
import sys
import threading
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world"), buf.tell())
print(repr(buf.getvalue()), repr(buf.read()), buf.seek(0), repr(buf.readline()), repr(buf.read(3)), repr(buf.read()))
buf.seek(2)
buf.write("LL")
print(repr(buf.getvalue()), buf.tell(), buf.truncate(), repr(buf.getvalue()), buf.seek(0, 2))
print(repr(io.StringIO("one\ntwo\n").readline()), repr(io.StringIO("abc").read(10)), repr(io.StringIO().getvalue()))
print(type(buf).__name__, buf.closed)
buf.close()
print(buf.closed)
try:
    buf.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)

with io.StringIO() as scratch:
    scratch.write("in a with")
    print(scratch.getvalue(), scratch.closed)
print(scratch.closed)

captured = io.StringIO()
with redirect_stdout(captured) as target:
    print("captured line", 1, 2, sep="-")
    print("no newline", end="")
    print(target is captured, sys.stdout is captured)
print("back on stdout:", repr(captured.getvalue()))
print(sys.stdout is not captured, sys.stdout.name)

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

again = redirect_stdout(io.StringIO())
with again:
    print("first use")
with again:
    print("second use")
print("reused ok")

errors = io.StringIO()
with redirect_stderr(errors):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print(repr(errors.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        raise KeyError("inside")
except KeyError as e:
    print("restored after", repr(e), sys.stdout is not None)

shared = io.StringIO()


def report(n):
    for i in range(3):
        print("thread", n, "line", i)


with redirect_stdout(shared):
    threads = [threading.Thread(target=report, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
lines = shared.getvalue().split("\n")[:-1]
print(len(lines), sorted(lines) == sorted("thread %d line %d" % (n, i) for n in range(3) for i in range(3)))
