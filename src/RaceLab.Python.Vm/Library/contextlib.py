# RaceLab's contextlib module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/contextlib.py), all of it is Python: @contextmanager wraps a generator in a
# context manager whose __enter__ runs it to its yield and whose __exit__ resumes it, or throws the with
# block's exception into it at the yield, so a thread can be switched out inside either. ExitStack keeps its
# callbacks in a deque (C, atomic under the GIL) and calls them last first.
#
# redirect_stdout/redirect_stderr replace sys.stdout/sys.stderr for the block (for every thread, as in CPython:
# print looks sys.stdout up at each call). Not modelled: the async managers, chdir (3.11); ExitStack's exit does
# not re-chain __context__ between callbacks' exceptions.

import sys
from _collections import deque
from functools import wraps


class AbstractContextManager(object):
    """A context manager whose __enter__ returns itself."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator(object):
    """A context manager usable as a decorator: each call of the function runs inside a fresh one."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """The context manager @contextmanager makes from a generator function's call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                # The generator caught the exception and ended: suppressed (unless it was a StopIteration).
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(AbstractContextManager):
    """Ends the block quietly when it raises one of the given exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; its __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    """Swaps a sys stream for new_target in the block; re-entrant, each exit restoring what its entry found."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout (what print writes to) to new_target in the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to new_target in the block."""

    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Exit callbacks and context managers, unwound last first when the stack closes."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Add a context manager's __exit__, or a callable taking the three exception values."""
        if hasattr(exit, '__exit__'):
            self._push_cm_exit(exit, exit.__exit__)
        else:
            self._push_exit_callback(exit)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; its __enter__'s result is returned."""
        if not hasattr(cm, '__enter__') or not hasattr(cm, '__exit__'):
            cls = type(cm)
            if sys.version_info >= (3, 11):
                raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                                f"not support the context manager protocol") from None
            # 3.9 and 3.10 look __exit__ up on the type first.
            missing = '__enter__' if hasattr(cm, '__exit__') else '__exit__'
            raise AttributeError(f"type object '{cls.__name__}' has no attribute '{missing}'")
        result = cm.__enter__()
        self._push_cm_exit(cm, cm.__exit__)
        return result

    def callback(self, callback, *args, **kwds):
        """Call callback(*args, **kwds) when the stack closes; it never suppresses an exception."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(cm_exit)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as exc:
                pending_raise = True
                exc_details = (type(exc), exc, None)
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed_exc
