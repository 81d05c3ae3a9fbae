# The switch interval set before the threads start is read back after they end, through a helper the
# main thread defines only then (its code object passes through main's value stack mid-run).
import sys
import threading

sys.setswitchinterval(1e-5)
count = 0


def worker():
    global count
    for _ in range(100):
        count = count + 1


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()


def report():
    return sys.getswitchinterval()


print(report(), count)
