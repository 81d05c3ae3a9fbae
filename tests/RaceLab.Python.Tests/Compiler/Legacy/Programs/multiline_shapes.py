# Expressions spread over several lines: each release's line numbers.
import threading

count = 0
lock = threading.Lock()
items = [
    1,
    2,
    count,
]


def worker(
    n,
    step=1,
):
    global count
    total = (
        n
        + step
        * 2
    )
    lock.acquire(
    )
    count += (
        total
    )
    lock.release()
    print(
        f"count = {count}"
        f" total = {total}",
        sep="",
    )
    result = threading.Thread(
        target=worker,
        args=(
            n,
        ),
    ).start
    value = lock \
        .locked()
    if (count > 0
            and n > 0):
        count -= 1
    return (
        total,
        result,
        value,
    )


worker(3)
print(
    count
)
assert (
    count == 5
), count
