class Defaults(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


class Logged(Defaults):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


class Plain(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key)


d = Logged(a=1)
print(d["a"], d["bb"], len(d))
print(dict.__getitem__(d, "c"), d.get("zz", "dflt"))
print("bb" in d, Defaults()["x"])
p = Plain(k=5)
print(p["k"])
try:
    p["nope"]
except KeyError as e:
    print("KeyError", e)


class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)


s = Strict()
try:
    s["q"]
except KeyError as e:
    print("KeyError", e)
