# Decorators at run time: property with a setter, staticmethod, classmethod, a decorator tagging a function; a property in a threaded update.
import threading


def tag(name):
    def apply(fn):
        fn.label = name
        return fn
    return apply


class Account:
    rate = 2

    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @staticmethod
    def fee(amount):
        return amount // 100

    @classmethod
    def with_rate(cls, amount):
        return cls(amount * cls.rate)

    @tag("deposit")
    def deposit(self, amount):
        self.balance += amount - Account.fee(amount)
        return self.balance


a = Account.with_rate(50)
print(a.balance, Account.fee(1000), a.fee(300), a.deposit(1000))
a.balance = 5
print(a.balance, a._balance)
try:
    a.balance = -1
except ValueError as e:
    print("rejected:", e)
print(Account.deposit.label)

counter = Account(0)


def work():
    for _ in range(1000):
        counter.balance += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.balance)
