# ünïcödé comment
name = "héllo wörld"          ;  other = 'x'
msg = f"{name} → {other!r:^12} {len(name):>{3 + 1}}"
print(msg, name.upper(), "a" "b" f"{name}")



very_long_line_value = [100000001, 200000002, 300000003, 400000004, 500000005, 600000006, 700000007, 800000008, 900000009]
print(very_long_line_value, (
    1 +
    2
), msg)
