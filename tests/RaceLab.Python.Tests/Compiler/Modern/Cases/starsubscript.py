table = {(1, 2): 'a', (3,): 'b', (3, 3): 'd'}
args = [1, 2]
print(table[*args])
print(table[*args,])
print(table[3, *[]])
table[*args] = 'c'
del table[*args]
def get(t, *rest):
    return t[*rest, *rest], t[*rest if rest else ()]
print(get(table, 3))
