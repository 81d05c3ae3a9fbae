# f-strings with nested width specs, conversions, = debug, e/x/_ formats
import threading

total = 0
ratio = 0.25


def report(name, value, width=10):
    line = f"{name!s:<{width}}|{value:>8.2f}|{value * ratio:+.3e}|{int(value):#x}"
    return line


def bump(times):
    global total
    for _ in range(times):
        total += 1
    print(report("total", total), f"{total=}", f"{'x' * 3}{total:_}")


t = threading.Thread(target=bump, args=(1000,))
t.start()
t.join()
print(f"{total:08d} {total / 3:.1f} {-total:>+6} {abs(-7)}")
