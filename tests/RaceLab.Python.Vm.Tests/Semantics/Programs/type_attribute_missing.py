# A built-in type's missing attribute: "type object 'dict' has no attribute ..." (type_getattro), by
# LOAD_ATTR, by getattr() and by hasattr().
for t in (dict, list, tuple, set, int, str, float):
    try:
        t.nope
    except AttributeError as e:
        print(e)
    try:
        getattr(t, "missing_too")
    except AttributeError as e:
        print(e)
    print(hasattr(t, "nope"), getattr(t, "nope", "default"))
