# global statement in a nested function that also updates a closed-over list
import threading

events = 0


def outer(n):
    seen = []

    def inner(k):
        global events
        events += k
        seen.append(k)
        return len(seen)

    for i in range(n):
        inner(i)
    return [inner(j) for j in range(2)]


def run():
    result = outer(5)
    print(result, events)


th = threading.Thread(target=run)
th.start()
th.join()
