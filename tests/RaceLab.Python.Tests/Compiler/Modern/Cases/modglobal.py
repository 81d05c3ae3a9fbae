global_value = 1


def setter():
    global global_value, other
    global_value = 2
    other = 3


def reader():
    return global_value + other


vals = [global_value * k for k in range(2)]
setter()
print(reader(), vals)
