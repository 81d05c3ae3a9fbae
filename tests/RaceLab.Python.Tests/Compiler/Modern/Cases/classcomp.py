r = range(3)
E = NameError
class C:
    y = [x for x in 'abc']
    z = {k: 1 for k in y if k}
    try:
        w = {k: y for k in range(3)}
    except E:
        pass


def g():
    w = 2
    class D:
        y = 1
        z = [(y, w, k) for k in r if [y + j + k + w for j in r]]
        t = [y for y in r]
    return D
