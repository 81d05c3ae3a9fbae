# threading.excepthook: a hook the program sets is called, in the failing thread, instead of the printout.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.thread is threading.current_thread()))


def worker(n):
    if n % 2:
        raise ValueError("odd %d" % n)
    return n


original = threading.excepthook
threading.excepthook = hook
threads = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(4)]
for t in threads:
    t.start()
    t.join()
for entry in seen:
    print(entry)


class Boom(Exception):
    pass


def raiser():
    raise Boom("from a subclass run")


class Runner(threading.Thread):
    def run(self):
        raiser()


r = Runner(name="runner")
r.start()
r.join()
print(seen[-1])

# Back to the default: the printout goes to stderr, the hook sees nothing more.
threading.excepthook = original
t = threading.Thread(target=worker, args=(5,), name="w5")
t.start()
t.join()
print(len(seen), threading.excepthook is original)
