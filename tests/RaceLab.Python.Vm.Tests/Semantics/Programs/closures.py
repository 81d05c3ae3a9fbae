def scale(n):
    k = 3
    return [x * k for x in range(n) if x % 2 == 0]


def defaults(a, *rest, b=5):
    return a + b + len(rest)


big = 2 ** 70
print(scale(7), defaults(1), defaults(1, 2, 3, b=10))
print(big, big // 3, -big % 7, big * big - 1, 10 ** 20 + 1)
print(f"{big:,} {3.14159:.2f} {42:>6} {'x':*^5} {255:#x} {-7:05d} {1e20} {0.1 + 0.2}")
values = [5, 3, 9]
values.append(1)
total = 0
for v in values:
    total += v
a, b = 1, 2
b, a = a, b
print(total, max(values), min(values), sum(values), a, b, values[-1], (1, 2) < (1, 3), "ab" * 3)
print(not values, values and "yes", 0 or "fallback", isinstance(True, int), abs(-2.5), -7 // 2, 7 % -3)
