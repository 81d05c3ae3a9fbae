# RaceLab's functools module, run by the simulator on the selected CPython release.
#
# As in CPython 3.9-3.13 (Lib/functools.py over Modules/_functoolsmodule.c): partial, reduce and the
# lru_cache wrapper are C (_functools) and native here, so a partial call or a cache look-up is atomic under
# the GIL while the function they call runs as Python frames of its own; update_wrapper, wraps and the
# lru_cache decorator factory (with cache_parameters, 3.9+) are Python, as here. A cache miss calls the function
# holding no lock, so two threads that miss on one key both compute it. The wrapper is a descriptor: looked up
# through an instance it binds as a method, so self is part of the key.

import sys
from _functools import partial, reduce, _lru_cache_wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
if sys.version_info >= (3, 12):
    WRAPPER_ASSIGNMENTS += ('__type_params__',)
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: its names and docstring, and __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ in the wrapped function's __dict__ is not what stays.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper with wrapped, as partial(update_wrapper, wrapped=...) does."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def lru_cache(maxsize=128, typed=False):
    """A decorator caching a function's results in C's _lru_cache_wrapper."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without arguments: maxsize is the function.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, None)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, None)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function):
    """An unbounded cache (3.9+): lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)
