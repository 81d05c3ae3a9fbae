total = 0
i = 0
while i < 3:
    i += 1
    j = 0
    while j < 2:
        j += 1
        total += 1
print(i, total)
