import threading

a = threading.Lock()
b = threading.Lock()


def one():
    with a:
        for _ in range(1000000):
            pass
        with b:
            pass


def two():
    with b:
        for _ in range(1000000):
            pass
        with a:
            pass


t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
t1.join()
t2.join()
