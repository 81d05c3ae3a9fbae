# Four threads log through one logger to one handler whose emit() updates a count with a read and a separate
# write: Handler.handle() holds the handler's RLock around emit(), so no update is lost on any version.
import logging
import threading

N = 20_000


class Counting(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.count = 0

    def emit(self, record):
        self.count += 1


handler = Counting()
log = logging.getLogger("work")
log.addHandler(handler)
log.setLevel(logging.INFO)


def worker(n):
    for i in range(N):
        log.info("worker %d record %d", n, i)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(handler.count)
assert handler.count == 4 * N, handler.count
