# queue: FIFO, LIFO and priority order, bounds, task accounting, SimpleQueue, timeouts and misuse.
import queue
import threading

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for n in [3, 1, 2]:
    fifo.put(n)
    lifo.put(n)
    prio.put(n)
print("fifo", [fifo.get() for _ in range(3)])
print("lifo", [lifo.get() for _ in range(3)])
print("prio", [prio.get() for _ in range(3)])
print("empty", fifo.empty(), fifo.qsize())

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put_nowait("b")
print("full", bounded.full(), bounded.qsize())
try:
    bounded.put_nowait("c")
except queue.Full:
    print("put_nowait on a full queue raised Full")
try:
    bounded.put("c", timeout=0.01)
except queue.Full:
    print("timed put raised Full")
print(bounded.get(), bounded.get())
try:
    bounded.get_nowait()
except queue.Empty:
    print("get_nowait on an empty queue raised Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("timed get raised Empty")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("negative timeout:", e)

# Workers and join(): every task_done accounted.
jobs = queue.Queue()
results = []


def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        results.append(n * n)
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
for w in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
print("squares", sorted(results), jobs.unfinished_tasks)
try:
    jobs.task_done()
except ValueError as e:
    print("task_done:", e)

simple = queue.SimpleQueue()
simple.put(1)
simple.put_nowait(2)
print("simple", simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print("simple timed get raised Empty")
handed = []


def take():
    handed.append(simple.get())


taker = threading.Thread(target=take)
taker.start()
simple.put("handed over")
taker.join()
print(handed)
