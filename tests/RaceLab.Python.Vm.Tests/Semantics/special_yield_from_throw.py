def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("result", result)
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
print("closed")

g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)


def returning():
    try:
        yield "r1"
    except ValueError:
        return "handled"


def middle():
    value = yield from returning()
    print("middle got", value)
    yield "after"
    return value


def top():
    got = yield from middle()
    print("top got", got)


t = top()
print(next(t))
print(t.throw(ValueError))
print(next(t, "done"))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn exits")
        raise


def wrapper():
    try:
        yield from stubborn()
    except GeneratorExit:
        print("wrapper sees GeneratorExit")
        raise


w = wrapper()
next(w)
w.close()
print("closed twice", w.close())
try:
    g = outer()
    next(g)
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
