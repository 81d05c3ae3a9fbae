# if/elif/else chains around chained comparisons: exit blocks copied or shared.
if x:
    a = 1
else:
    if y:
        pass
    elif z:
        if a < b < c:
            b = 288
        else:
            c = 1
    else:
        d()
if a < b < c:
    b = 288
else:
    c = 1
