import threading

a = threading.Lock()
b = threading.Lock()
total = 0


def work():
    global total
    with a, b:
        total += 1
    with a as got:
        total += got
    for i in range(3):
        with a:
            if i == 1:
                break
            total += i
    with b:
        return total


def loop():
    for i in range(4):
        with a:
            continue


print(work(), loop())
