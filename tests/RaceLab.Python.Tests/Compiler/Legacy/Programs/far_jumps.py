# A loop body longer than 256 bytes: jumps need EXTENDED_ARG.
import threading

total = 0


def helper(a, b):
    return a + b


def worker(n):
    global total
    for _ in range(n):
        total = total + 0 * n - helper(0, n)
        total = total + 1 * n - helper(1, n)
        total = total + 2 * n - helper(2, n)
        total = total + 3 * n - helper(3, n)
        total = total + 4 * n - helper(4, n)
        total = total + 5 * n - helper(5, n)
        total = total + 6 * n - helper(6, n)
        total = total + 7 * n - helper(7, n)
        total = total + 8 * n - helper(8, n)
        total = total + 9 * n - helper(9, n)
        total = total + 10 * n - helper(10, n)
        total = total + 11 * n - helper(11, n)
        total = total + 12 * n - helper(12, n)
        total = total + 13 * n - helper(13, n)
        total = total + 14 * n - helper(14, n)
        total = total + 15 * n - helper(15, n)
        total = total + 16 * n - helper(16, n)
        total = total + 17 * n - helper(17, n)
        total = total + 18 * n - helper(18, n)
        total = total + 19 * n - helper(19, n)
        total = total + 20 * n - helper(20, n)
        total = total + 21 * n - helper(21, n)
        total = total + 22 * n - helper(22, n)
        total = total + 23 * n - helper(23, n)
        total = total + 24 * n - helper(24, n)
        total = total + 25 * n - helper(25, n)
        total = total + 26 * n - helper(26, n)
        total = total + 27 * n - helper(27, n)
        total = total + 28 * n - helper(28, n)
        total = total + 29 * n - helper(29, n)
        total = total + 30 * n - helper(30, n)
        total = total + 31 * n - helper(31, n)
        total = total + 32 * n - helper(32, n)
        total = total + 33 * n - helper(33, n)
        total = total + 34 * n - helper(34, n)
        total = total + 35 * n - helper(35, n)
        total = total + 36 * n - helper(36, n)
        total = total + 37 * n - helper(37, n)
        total = total + 38 * n - helper(38, n)
        total = total + 39 * n - helper(39, n)
        total = total + 40 * n - helper(40, n)
        total = total + 41 * n - helper(41, n)
        total = total + 42 * n - helper(42, n)
        total = total + 43 * n - helper(43, n)
        total = total + 44 * n - helper(44, n)
        total = total + 45 * n - helper(45, n)
        total = total + 46 * n - helper(46, n)
        total = total + 47 * n - helper(47, n)
        total = total + 48 * n - helper(48, n)
        total = total + 49 * n - helper(49, n)
        total = total + 50 * n - helper(50, n)
        total = total + 51 * n - helper(51, n)
        total = total + 52 * n - helper(52, n)
        total = total + 53 * n - helper(53, n)
        total = total + 54 * n - helper(54, n)
        total = total + 55 * n - helper(55, n)
        total = total + 56 * n - helper(56, n)
        total = total + 57 * n - helper(57, n)
        total = total + 58 * n - helper(58, n)
        total = total + 59 * n - helper(59, n)
    return total


worker(2)
print(total)
