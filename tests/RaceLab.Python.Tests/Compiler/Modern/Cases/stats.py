import threading

samples = []
maximum = 0
minimum = 10 ** 6


def record(value):
    global maximum, minimum
    samples.append(value)
    if value > maximum:
        maximum = value
    if value < minimum:
        minimum = value


def run(seed):
    x = seed
    for _ in range(200):
        x = (x * 1103515245 + 12345) % 2 ** 31
        record(x % 1000)


workers = [threading.Thread(target=run, args=(s,)) for s in (1, 2, 3)]
[w.start() for w in workers]
[w.join() for w in workers]
mean = sum(samples) / len(samples) if samples else 0.0
print("n", len(samples), "max", maximum, "min", minimum, "mean", round(mean, 2))
print(f"{mean:.3f}", f"{len(samples)!r}", max(samples), min(samples), abs(maximum - minimum))
assert len(samples) == 600, len(samples)
