# a with block's normal exit jumps through an elif chain's line-less jumps to the implicit return: 3.11
# extends its blocks newest first, so the return is copied back into each of them
import threading

lock = threading.Lock()
count = 0


def work(n, hits):
    global count
    if count:
        if n:
            with lock:
                count += hits
        elif n:
            n = 1
    else:
        n = 2
