# if/else nested in if/else inside a for loop, while True with break and if/else
import threading

evens = 0
odds = 0
big = 0


def classify(n):
    global evens, odds, big
    for i in range(n):
        if i % 2 == 0:
            if i > 100:
                big += 1
            else:
                evens += 1
        else:
            if i > 100:
                big -= 1
            elif i % 3 == 0:
                odds += 2
            else:
                odds += 1


while_count = 0


def spin(n):
    global while_count
    while True:
        if while_count >= n:
            break
        if while_count % 2:
            while_count += 1
        else:
            while_count += 2


ts = [threading.Thread(target=classify, args=(200,)), threading.Thread(target=spin, args=(50,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(evens, odds, big, while_count)
