d = {"k": 1}
a = f"{d["k"]}"
b = f"{f"{d["k"]}"}"
c = f"{'\n'.join(["x", "y"])}"
e = f"{
    d["k"] + 1
}"
g = f'{a!r:>{len(f'{b}')}}'
h = f"""{
    [x for x in "ab"]
}"""
i = f"{"a" "b"}" "c"
