# non-ASCII strings and f-strings (columns are UTF-8 byte offsets), escapes
import threading

greeting = "héllo wörld — ünïcode ✓"
total = 0


def tally(label="ß", n=3):
    global total
    for ch in label * n:
        total += len(ch)
    msg = f"{label}:{total:>4} «{greeting[:5]}»"
    print(msg, "tab\t", 'quote"s', "it's", "\u00e9\x41\\")
    return msg


t = threading.Thread(target=tally, kwargs={"label": "日本"})
t.start()
t.join()
assert total > 0, f"total is {total} ✗"
