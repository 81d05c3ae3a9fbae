# Class statements with keyword arguments, empty parentheses and a global declaration.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    x = 1


class Empty():
    pass


def define():
    global Made

    class Made:
        y = 2

    return Made


print(WithMeta.x, define().y)
