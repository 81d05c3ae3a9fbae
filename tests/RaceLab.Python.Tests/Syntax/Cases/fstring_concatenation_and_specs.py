x = (f"{a}"
     f"{b}" "c"
     f"d{e:>{w}}")
y = f"{'{'}" f"{ {'k': 1}['k'] }"
z = f'''line1
  {a + b:{w}} and {c!r}
{d}'''
q = f"{a}" \
    f"{b}"
s = [f"{i}" for i in range(3)]
t = f"{a:{b}{c}}"
u = f"{3.14:.{p}f}"
