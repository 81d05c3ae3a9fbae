def outer(zeta, alpha, mid):
    beta = 1
    aardvark = 2
    def inner():
        return zeta + alpha + beta + aardvark + mid
    return inner


print(outer(1, 2, 3)())
