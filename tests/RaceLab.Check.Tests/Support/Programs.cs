namespace RaceLab.Check.Tests.Support;

/// <summary>Small Python programs, each with one kind of window (line numbers are asserted by the tests).</summary>
internal static class Programs
{
    /// <summary>Line 9: `count += 1` with nothing inside the window on 3.10-3.13.</summary>
    public const string InlineIncrement = """
        import threading

        count = 0


        def worker():
            global count
            for _ in range(100):
                count += 1
        """;

    /// <summary>Line 10: `count = count + step()`: a Python call inside the window on every release.</summary>
    public const string CallInWindow = """
        count = 0


        def step():
            return 1


        def worker():
            global count
            count = count + step()
        """;

    /// <summary>Line 10: the increment inside `with lock:`.</summary>
    public const string Locked = """
        import threading

        count = 0
        lock = threading.Lock()


        def worker():
            global count
            with lock:
                count += 1
        """;

    /// <summary>`a` then `b` in first() (line 10), `b` then `a` in second() (line 16).</summary>
    public const string LockOrder = """
        import threading

        a = threading.Lock()
        b = threading.Lock()


        def first():
            with a:
                with b:
                    pass


        def second():
            with b:
                with a:
                    pass
        """;

    /// <summary>A construct outside RaceLab's subset, at line 1, column 1.</summary>
    public const string Unsupported = """
        match command:
            case 1:
                pass
        """;

    /// <summary>take() acquires at line 8 and returns at line 10 still holding the lock; balanced() always releases.</summary>
    public const string EarlyReturn = """
        import threading

        lock = threading.Lock()
        done = []


        def take(x):
            lock.acquire()
            if x:
                return 1
            done.append(x)
            lock.release()
            return 0


        def balanced(x):
            lock.acquire()
            if x:
                done.append(x)
            lock.release()
            return x


        def handed_to_caller():
            lock.acquire()
        """;
}
