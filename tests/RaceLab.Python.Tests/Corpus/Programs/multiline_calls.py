# Calls, literals and an assert that span several lines: line and column positions
# of arguments on later lines.
import threading

count = 0
amounts = [
    1,
    2,
    3,
]


def worker(step,
           times=10):
    global count
    for _ in range(
        times
    ):
        count = (count
                 + step)


threads = [
    threading.Thread(
        target=worker,
        args=(amount,),
    )
    for amount in amounts
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(
    f"count = {count}",
)
assert (
    count == 10 * (1 + 2 + 3)
), (
    "lost updates: ",
    count,
)
