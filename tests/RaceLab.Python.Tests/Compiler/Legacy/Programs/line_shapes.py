# Multi-line tests and operands: which line each release gives the jumps and calls.
assert (
    x
), y
assert (
    x == 5
), y
if (
    x
):
    f()
if (
    x == 1
):
    f()
if (x and
   y):
    f()
f(
  x == 1
)
f(
  x
)
y = (
  x == 1
)
y = (
  a + b
)
y = (
  a < b < c
)
if (
  a < b < c
):
  f()
if (
  not x
):
  f()
if (
  x
  and y
):
  f()
z = [x * g(1,
        k=2) for x in a for y in x if y if x]
