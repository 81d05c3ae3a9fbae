# calls too long for the stack (more than 30 argument slots) go through CALL_FUNCTION_EX on 3.10+
x0 = x1 = x2 = 1


def many(*args, **kwargs):
    return len(args) + len(kwargs)


total = many(x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2)
total += many(1, k0=x0, k1=x1, k2=x2, k3=x0, k4=x1, k5=x2, k6=x0, k7=x1, k8=x2, k9=x0, k10=x1, k11=x2, k12=x0, k13=x1, k14=x2, k15=x0, k16=x1)
total += many(*[x0], x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, **{"z": 1})


class Holder:
    def take(self, *args):
        return len(args)


total += Holder().take(x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2, x0, x1, x2)
print(total)
