v0 = v1 = v2 = 1
xs = [v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0]
ts = (v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0, v1, v2, v0)
d = {"a": v0, "b": v1, "c": 2}
print(len(xs), len(ts), d)
