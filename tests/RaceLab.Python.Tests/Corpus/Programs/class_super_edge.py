# super() where it cannot be optimised: no arguments in the method, keyword arguments, super as a local.
class A:
    def f(self):
        return 1


class B(A):
    def no_self():
        return super()

    def with_kw(self):
        return super(B, self).f()

    def shadowed(self, super=None):
        return super

    def attr_class(self):
        return super().__class__

    def lam(self):
        return (lambda: super().f())()


print(B().with_kw())
