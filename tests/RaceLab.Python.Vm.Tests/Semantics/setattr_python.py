# setattr() and del on objects whose class sets attributes in Python; the messages of each version.
import threading


class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setter", value)
        self._c = value

    @property
    def kelvin(self):
        return self._c + 273


a = Audited()
setattr(a, "x", 1)
a.y = 2
print(setattr(a, "z", 3), a.log, a.x, a.y, a.z)
t = Temperature()
setattr(t, "celsius", 21)
print(t.celsius, t.kelvin)
for target in ("setattr", "store"):
    try:
        if target == "setattr":
            setattr(t, "kelvin", 1)
        else:
            t.kelvin = 1
    except AttributeError as e:
        print(target, e)


class Config:
    debug = False


try:
    del Config.verbose
except AttributeError as e:
    print(e)
try:
    del Config().verbose
except AttributeError as e:
    print(e)

lock = threading.Lock()
def worker(n):
    for i in range(50):
        with lock:
            setattr(a, f"w{n}", i)
threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(a.log), a.w0, a.w1, a.w2)
