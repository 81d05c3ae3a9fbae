# augmented assignments of locals and globals, keyword-only parameter, unary ops
import threading

total = 1
scale = 3


def mix(v, w=2, *, z=4):
    global total, scale
    local = v
    local += w
    local -= z
    local *= 2
    local //= 3
    local %= 1000
    total *= 2
    total -= local
    total %= 10 ** 9 + 7
    scale += 1
    return -local + +w - (not v)


threads = [threading.Thread(target=mix, args=(i,), kwargs={"w": i, "z": 1}) for i in range(6)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(total, scale, mix(5), mix(1, z=9))
