import threading

locks = [threading.Lock() for _ in range(3)]
count = 0


def w(n):
    global count
    for i in range(n):
        with locks[0]:
            with locks[1]:
                for j in range(2):
                    with locks[2]:
                        if j:
                            continue
                        if i > 5:
                            return count
                        count += j
                    if count > 100:
                        break
    return -1


print(w(3))
