# while with a three-part condition, with lock: break, if/elif/else on a popped item
import threading

queue = [5, 3, 8, 1, 9, 2]
done = 0
lock = threading.Lock()


def drain(tag):
    global done
    n = 0
    while len(queue) > 0 and (done < 100 or tag == 0) and not n > 10:
        with lock:
            if len(queue) == 0:
                break
            item = queue.pop()
        if item % 2 == 0:
            done += item
        elif item > 5:
            done += item * 2
        else:
            done -= 1
        n += 1
    n = -n
    return n


ts = [threading.Thread(target=drain, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(done)
