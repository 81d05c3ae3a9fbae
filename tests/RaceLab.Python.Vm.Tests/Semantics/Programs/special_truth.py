class Empty:
    def __len__(self):
        return 0


class Full:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool", self.on)
        return self.on


class Both(Full):
    def __bool__(self):
        return True


class Bag(list):
    def __len__(self):
        return 99


e, f = Empty(), Full(3)
print(bool(e), bool(f), not e, not f, bool(Both(0)), bool(Bag()), len(Bag()))
if e:
    print("e true")
else:
    print("e false")
if f:
    print("f true")
x = Flag(False) or Flag(True)
print("or gave", x.on)
y = Flag(True) and Flag(False)
print("and gave", y.on)
n = 0
w = Full(3)
while w:
    w.n -= 1
    n += 1
print("loop", n)
print([bool(v) for v in (Flag(True), Full(0), Empty())])
print("filter", len([v for v in (Full(1), Full(0)) if v]))


class Bad:
    def __bool__(self):
        return 1


try:
    if Bad():
        pass
except TypeError as err:
    print("TypeError:", err)


class Negative:
    def __len__(self):
        return -1


try:
    bool(Negative())
except ValueError as err:
    print("ValueError:", err)
assert not Flag(False)
