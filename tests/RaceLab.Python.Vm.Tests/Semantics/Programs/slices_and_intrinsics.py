# Slices (BUILD_SLICE + BINARY_SUBSCR up to 3.11, BINARY_SLICE from 3.12) and the two 3.12 intrinsics
# the subset reaches: unary plus and a call's starred list (CALL_INTRINSIC_1 5 and 6).
items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
word = "threads«»"
pair = (10, 20, 30, 40)
print(items[2:5], items[:3], items[7:], items[-3:], items[:-7], items[::2], items[::-1], items[8:2:-2])
print(word[:7], word[-2:], word[::3], pair[1:], pair[-1:-3:-1], items[100:], items[-100:2])
n = 3
print(items[n:n + 2], word[n:], pair[:n], +n, -+n)
print(0, *items[:3], *pair[2:])
