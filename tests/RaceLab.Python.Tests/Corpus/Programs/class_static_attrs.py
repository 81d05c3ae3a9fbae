# Stores through self in methods, nested functions and comprehensions; augmented and plain.
class Account:
    def __init__(self):
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.count = len(self.history)

    def later(self):
        def inner():
            self.touched = True
        return inner

    def other(this):
        this.ignored = 1


class OnlyAugmented:
    def bump(self):
        self.n += 1


a = Account()
a.deposit(5)
print(a.balance)
