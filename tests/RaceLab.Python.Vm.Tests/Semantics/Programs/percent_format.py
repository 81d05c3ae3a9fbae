# printf-style formatting with %: conversions, flags, width, precision, mappings.
n = 7
x = 2.5
name = "ab"
print("%d items" % n, "%5d|" % n, "%-5d|" % n, "%05d" % -n, "%+d" % n, "%x %X %o" % (255, 255, 8))
print("%s and %r" % (name, name), "%.1s|%5s|%-5s|" % (name, name, name))
print("%.2f %e %g %10.3f|" % (x, x, x, x), "%d%%" % 50, "%(a)s-%(b)d" % {"a": "k", "b": 3})
print("%s" % (1,), "%s" % [1, 2], "%c" % 65)
