# calls and definitions spread over many lines, keyword-only parameters, trailing commas
import threading

total = 0
names = []


def record(name,
           amount,
           *,
           verbose=False,
           prefix="item"):
    global total
    total += amount
    names.append(
        f"{prefix}-{name}"
    )
    if verbose:
        print(
            "recorded",
            name,
            amount,
            sep=", ",
        )
    return total


t = threading.Thread(
    target=record,
    args=("a", 5),
    kwargs={"verbose": True, "prefix": "x"},
)
t.start()
t.join()
record("b",
       -3,
       verbose=False)
print(total, names)
