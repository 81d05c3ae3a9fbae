# try/except/else/finally in one function: typed, tuple, named and bare handlers, raise.
def f(x):
    try:
        x += 1
    except ValueError:
        x = 2
    except (KeyError, IndexError) as e:
        x = e
    except:
        raise
    else:
        x = 3
    finally:
        x = 4
    return x
