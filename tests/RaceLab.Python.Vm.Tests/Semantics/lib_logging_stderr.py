# What logging writes to stderr by default: the handler of last resort (no handlers anywhere), basicConfig's
# StreamHandler on sys.stderr (the module functions configure the root logger on first use), a StreamHandler
# made without a stream; and print(file=...), sys.stderr.write and sys.stdout.write beside them.
import logging
import sys
import threading

log = logging.getLogger("quiet")
log.warning("no handlers anywhere: the last resort writes %s", "this")
log.info("below the last resort's level")
print("stdout between")
print(sys.stderr.write("written to stderr\n"))
print("printed to stderr", 1, sep="|", file=sys.stderr)
print("to stdout", file=sys.stdout)
print(sys.stdout.write("abc\n"), sys.stdout.flush(), sys.stderr.flush())
print(sys.stdout.name, sys.stderr.name)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
logging.warning("root without handlers: basicConfig first")
logging.info("still below WARNING")
logging.error("%s and %d", "args", 2)
print(len(logging.root.handlers), logging.root.handlers[0].stream is sys.stderr, logging.root.handlers[0])
handler = logging.StreamHandler()
handler.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(threadName)s:%(message)s"))
log.addHandler(handler)
log.error("its own handler, and the root's")
log.propagate = False


def work():
    log.warning("from a thread")


t = threading.Thread(target=work, name="Worker")
t.start()
t.join()
print("end")
