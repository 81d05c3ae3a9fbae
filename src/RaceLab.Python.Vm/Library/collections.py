# RaceLab's collections module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/collections/__init__.py over Modules/_collectionsmodule.c): deque and
# defaultdict are C (_collections) and native here, every method atomic under the GIL; a defaultdict's
# factory, when it is Python code, runs as a frame of its own.

from _collections import deque, defaultdict
