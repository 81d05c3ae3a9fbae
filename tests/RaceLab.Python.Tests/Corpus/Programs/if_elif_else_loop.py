# if/elif/else inside the loop decides which global is updated.
import threading

small = 0
medium = 0
large = 0


def worker():
    global small, medium, large
    for i in range(30):
        if i < 10:
            small += 1
        elif i < 20:
            medium += 1
        else:
            large += 1


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(small, medium, large)
assert small == medium == large == 30, (small, medium, large)
