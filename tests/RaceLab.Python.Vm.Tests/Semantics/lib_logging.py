# logging: the logger hierarchy (getLogger, parents, propagate, levels and the isEnabledFor cache), handlers
# with their formatters (%-style fields, lazy %-arguments, a mapping argument), logger.exception's traceback,
# LoggerAdapter, basicConfig (level, format, stream, handlers, force) and the module functions; records from
# threads name their thread. Output goes to sys.stdout or to a stream object of the program's own.
import logging
import sys
import threading


class Capture:
    """A stream of the program's own: StreamHandler calls its write() and flush()."""

    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        self.flushes += 1


def show(text):
    # Tracebacks name the program's path, which differs between machines: keep the file's base name.
    for line in text.split("\n"):
        if line.startswith('  File "'):
            name = line.split('"')[1].split("/")[-1]
            line = '  File "' + name + '"' + line.split('"', 2)[2]
        print(line)


print(logging.getLevelName(logging.DEBUG), logging.getLevelName(35), logging.getLevelName("INFO"))
print(logging.WARNING, logging.WARN, logging.FATAL, logging.NOTSET)
log = logging.getLogger("app.db")
print(log, log.name, log.parent, log.getEffectiveLevel(), log.propagate)
print(logging.getLogger("app.db") is log, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
app = logging.getLogger("app")
print(log.parent is app, app.parent is logging.root)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(threadName)s]: %(message)s"))
app.addHandler(out)
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING))
app.setLevel(logging.DEBUG)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), app.hasHandlers(), out)
log.debug("connecting to %s:%d", "db", 5432)
log.info("rows %(n)d of %(table)s", {"n": 3, "table": "users"})
log.warning("no arguments, so %s stays")
log.log(25, "a level without a name")
logging.addLevelName(25, "NOTICE")
log.log(25, "a named level %r", ("x", 1))
log.error("%-6s|%5.2f|%x", "ab", 3.14159, 255)
log.critical(["not", "a", "string"])

capture = Capture()
mine = logging.StreamHandler(capture)
mine.setLevel(logging.ERROR)
mine.setFormatter(logging.Formatter("%(name)s/%(levelno)d %(message)s"))
log.addHandler(mine)
log.info("only stdout")
log.error("both")
print(capture.parts, capture.flushes)
log.propagate = False
log.error("only mine")
log.propagate = True
print(capture.parts)

log.propagate = False
try:
    raise KeyError("missing")
except KeyError:
    log.exception("lookup failed for %s", "missing")
show("".join(capture.parts[-1:]))
try:
    raise ValueError("bad row")
except ValueError as e:
    log.error("caught", exc_info=e)
    log.error("caught, exc_info=True", exc_info=True)
show("".join(capture.parts[-2:]))
log.propagate = True
log.removeHandler(mine)

child = app.getChild("cache")
print(child.name, child.parent is app, logging.getLogger("app.cache.deep").parent is child)
late_parent = logging.getLogger("svc.worker")
print(late_parent.parent is logging.root)
svc = logging.getLogger("svc")
print(late_parent.parent is svc)

adapter = logging.LoggerAdapter(log, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s %(levelname)s %(message)s"))
adapter.info("via adapter %d", 7)
adapter.warning("and again")
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
log.info("extra fields", extra={"user": "bob"})
try:
    log.info("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError", e)

record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20, "levelname": "INFO"})
print(record.getMessage(), logging.Formatter("%(levelname)s:%(message)s").format(record))

out.setFormatter(logging.Formatter("%(threadName)s %(message)s"))


def work(n):
    for step in range(2):
        log.info("worker %d step %d", n, step)


for n in range(3):
    t = threading.Thread(target=work, args=(n,), name="W%d" % n)
    t.start()
    t.join()

app.setLevel(logging.WARNING)
log.info("hidden now")
print(log.isEnabledFor(logging.INFO), log.getEffectiveLevel())
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")

try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    log.log("INFO", "level as a string")
except TypeError as e:
    print("TypeError", e)

logging.basicConfig(level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout)
logging.info("root %s", "info")
logging.debug("root debug hidden")
logging.warning("root warning")
logging.basicConfig(level=logging.DEBUG)
print(logging.root.level, len(logging.root.handlers))
logging.basicConfig(force=True, stream=sys.stdout)
logging.error("the basic format after force")
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format="H %(message)s", level="DEBUG")
logging.debug("a handler given")
logging.log(logging.ERROR, "module log()")
saved = logging.root.handlers
logging.root.handlers = [mine]
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    capture.parts.clear()
    logging.exception("division")
logging.root.handlers = saved
show("".join(capture.parts))
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, handlers=[])
except ValueError as e:
    print("ValueError", e)
print(logging.getLogger("app.db").name, len(logging.root.handlers))
