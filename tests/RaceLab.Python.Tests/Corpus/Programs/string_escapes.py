# Strings with escapes and both kinds of quotes, printed around the counter.
import threading

count = 0
header = "it's a \"counter\"\tcheck\n"
footer = 'tab\there, backslash \\ and quote \' done'
unicode_note = "caf\u00e9 \x41 \U0001F600 end"


def worker():
    global count
    for _ in range(10):
        count += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(header, footer, unicode_note, 'say "hi"', "")
print(f"count = {count}")
assert count == 10, 'count wasn\'t 10: ' + str(count)
