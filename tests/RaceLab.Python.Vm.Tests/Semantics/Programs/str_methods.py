# The str methods a threaded program's report lines use, beyond join/format/split/upper/lower/strip.
log = "worker-1: 12 done\nworker-2: 7 done\r\nworker-3: failed\n\nlast line"
print(log.splitlines())
print(log.splitlines(True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("a,b,,c".split(",", 1), "a,b,,c".split(",", maxsplit=2), "  a  b  c ".split(None, 1), "a b c".split(maxsplit=0))
print("a,b,,c".rsplit(",", 1), "  a  b  c ".rsplit(None, 1), "a b c".rsplit(), "a::b::c".rsplit("::"))
print(repr("  padded\t".lstrip()), repr("  padded\t".rstrip()), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("hello world".find("o"), "hello world".find("o", 5), "hello world".find("o", 5, 7), "hello".find("z"), "hello".find(""))
print("hello world".rfind("o"), "hello world".rfind("o", 0, 5), "abc".rfind(""), "hello".index("l"), "hello".rindex("l"))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaaa".count("aa"), "banana".count("a", 2), "banana".count("a", 2, 4))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), "a b".isalnum())
print(" \t\n".isspace(), "".isspace(), "ABC1".isupper(), "AbC".isupper(), "123".isupper(), "abc1".islower(), "".islower())
print("hello wORLD it's".title(), "hELLO wORLD".capitalize(), "Hello World".swapcase())
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6)), repr("abc".center(2)), repr("a".center(4, "-")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".ljust(3)), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
# Python's whitespace has \x1c-\x1f too; its digits have superscripts, not fractions.
print("a\x1fb c".split(), repr("\x1c x \x1f".strip()), "\x1c\x1d".isspace(), "\u00b2\u2460".isdigit(), "\u00bd".isdigit())
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "hello".rindex("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
