# A class defined inside a function reads the function's variables; methods close over them too.
def make(prefix, total):
    class Local:
        label = prefix
        size = total + 1

        def show(self):
            return prefix + str(total)

    return Local


def nested():
    class Outer:
        class Inner:
            def method(self):
                return __class__

        def use(self):
            return self.Inner

    return Outer


print(make("p", 2)().show())
