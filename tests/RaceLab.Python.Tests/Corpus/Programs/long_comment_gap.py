# A long explanation comment between the setup and the threads: a line jump of more than
# 127 lines inside the module's code (3.9 lnotab splits it; 3.10+ line tables encode it).
import threading

count = 0


def worker():
    global count
    for _ in range(10):
        count += 1


# note 1: the counter is updated without a lock
# note 2: the counter is updated without a lock
# note 3: the counter is updated without a lock
# note 4: the counter is updated without a lock
# note 5: the counter is updated without a lock
# note 6: the counter is updated without a lock
# note 7: the counter is updated without a lock
# note 8: the counter is updated without a lock
# note 9: the counter is updated without a lock
# note 10: the counter is updated without a lock
# note 11: the counter is updated without a lock
# note 12: the counter is updated without a lock
# note 13: the counter is updated without a lock
# note 14: the counter is updated without a lock
# note 15: the counter is updated without a lock
# note 16: the counter is updated without a lock
# note 17: the counter is updated without a lock
# note 18: the counter is updated without a lock
# note 19: the counter is updated without a lock
# note 20: the counter is updated without a lock
# note 21: the counter is updated without a lock
# note 22: the counter is updated without a lock
# note 23: the counter is updated without a lock
# note 24: the counter is updated without a lock
# note 25: the counter is updated without a lock
# note 26: the counter is updated without a lock
# note 27: the counter is updated without a lock
# note 28: the counter is updated without a lock
# note 29: the counter is updated without a lock
# note 30: the counter is updated without a lock
# note 31: the counter is updated without a lock
# note 32: the counter is updated without a lock
# note 33: the counter is updated without a lock
# note 34: the counter is updated without a lock
# note 35: the counter is updated without a lock
# note 36: the counter is updated without a lock
# note 37: the counter is updated without a lock
# note 38: the counter is updated without a lock
# note 39: the counter is updated without a lock
# note 40: the counter is updated without a lock
# note 41: the counter is updated without a lock
# note 42: the counter is updated without a lock
# note 43: the counter is updated without a lock
# note 44: the counter is updated without a lock
# note 45: the counter is updated without a lock
# note 46: the counter is updated without a lock
# note 47: the counter is updated without a lock
# note 48: the counter is updated without a lock
# note 49: the counter is updated without a lock
# note 50: the counter is updated without a lock
# note 51: the counter is updated without a lock
# note 52: the counter is updated without a lock
# note 53: the counter is updated without a lock
# note 54: the counter is updated without a lock
# note 55: the counter is updated without a lock
# note 56: the counter is updated without a lock
# note 57: the counter is updated without a lock
# note 58: the counter is updated without a lock
# note 59: the counter is updated without a lock
# note 60: the counter is updated without a lock
# note 61: the counter is updated without a lock
# note 62: the counter is updated without a lock
# note 63: the counter is updated without a lock
# note 64: the counter is updated without a lock
# note 65: the counter is updated without a lock
# note 66: the counter is updated without a lock
# note 67: the counter is updated without a lock
# note 68: the counter is updated without a lock
# note 69: the counter is updated without a lock
# note 70: the counter is updated without a lock
# note 71: the counter is updated without a lock
# note 72: the counter is updated without a lock
# note 73: the counter is updated without a lock
# note 74: the counter is updated without a lock
# note 75: the counter is updated without a lock
# note 76: the counter is updated without a lock
# note 77: the counter is updated without a lock
# note 78: the counter is updated without a lock
# note 79: the counter is updated without a lock
# note 80: the counter is updated without a lock
# note 81: the counter is updated without a lock
# note 82: the counter is updated without a lock
# note 83: the counter is updated without a lock
# note 84: the counter is updated without a lock
# note 85: the counter is updated without a lock
# note 86: the counter is updated without a lock
# note 87: the counter is updated without a lock
# note 88: the counter is updated without a lock
# note 89: the counter is updated without a lock
# note 90: the counter is updated without a lock
# note 91: the counter is updated without a lock
# note 92: the counter is updated without a lock
# note 93: the counter is updated without a lock
# note 94: the counter is updated without a lock
# note 95: the counter is updated without a lock
# note 96: the counter is updated without a lock
# note 97: the counter is updated without a lock
# note 98: the counter is updated without a lock
# note 99: the counter is updated without a lock
# note 100: the counter is updated without a lock
# note 101: the counter is updated without a lock
# note 102: the counter is updated without a lock
# note 103: the counter is updated without a lock
# note 104: the counter is updated without a lock
# note 105: the counter is updated without a lock
# note 106: the counter is updated without a lock
# note 107: the counter is updated without a lock
# note 108: the counter is updated without a lock
# note 109: the counter is updated without a lock
# note 110: the counter is updated without a lock
# note 111: the counter is updated without a lock
# note 112: the counter is updated without a lock
# note 113: the counter is updated without a lock
# note 114: the counter is updated without a lock
# note 115: the counter is updated without a lock
# note 116: the counter is updated without a lock
# note 117: the counter is updated without a lock
# note 118: the counter is updated without a lock
# note 119: the counter is updated without a lock
# note 120: the counter is updated without a lock
# note 121: the counter is updated without a lock
# note 122: the counter is updated without a lock
# note 123: the counter is updated without a lock
# note 124: the counter is updated without a lock
# note 125: the counter is updated without a lock
# note 126: the counter is updated without a lock
# note 127: the counter is updated without a lock
# note 128: the counter is updated without a lock
# note 129: the counter is updated without a lock
# note 130: the counter is updated without a lock
# note 131: the counter is updated without a lock
# note 132: the counter is updated without a lock
# note 133: the counter is updated without a lock
# note 134: the counter is updated without a lock
# note 135: the counter is updated without a lock
# note 136: the counter is updated without a lock
# note 137: the counter is updated without a lock
# note 138: the counter is updated without a lock
# note 139: the counter is updated without a lock
# note 140: the counter is updated without a lock
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"count = {count}")
assert count == 30, count
