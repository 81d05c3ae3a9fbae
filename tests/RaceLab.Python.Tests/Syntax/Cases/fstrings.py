name = "x"
a = f"hello {name}"
b = f'{name!r} and {name!s} and {name!a}'
c = f"{name:>10} {3.14159:.2f} {name:{10}}"
d = f"{name=}" f" {name = }"
e = f"{{literal}} {name}}}"
f = "plain " f"{name}" ' tail'
g = f"""multi
{name}
line {name + name}"""
h = F"{ name }" rf"\d{name}" fR'{name}\n'
i = f"{name!r:^20}"
j = f'{"nested"}' f"{'q'}"
k = f"{name}{name}" f''
l = f'{a if b else c}' f"{[x for x in y]}" f"{x[1:2]}"
m = f"{x:{w}.{p}}"
n = f"é{name}ü{name}"
