namespace RaceLab.Check.Rules;

/// <summary>
/// Every rule code racelab check reports. RL1xx: an update of shared state that another thread can split
/// (RL101-RL103 by what is updated, RL110 check-then-act, RL120 safe only by an implementation detail of the
/// selected targets). RL2xx: lock discipline (RL201 lock order, RL202 a lock released on one path only). The
/// window rules fire for whatever kind of window the switch-point analysis reports (<see cref="WindowKinds"/>),
/// so a kind the analysis learns finds its rule already here.
/// </summary>
public static class RuleCatalog
{
    private const string UseALock =
        "Another thread can run between the read and the write, and its update is then overwritten. Only a single " +
        "bytecode is atomic, and where CPython may switch threads is an implementation detail that changed in 3.10, " +
        "again in 3.11, and disappears on free-threaded 3.13t. Hold a threading.Lock around the whole " +
        "read-modify-write (`with lock: ...`), or give each thread its own state and combine it at the end.";

    public static CheckRule GlobalLostUpdate { get; } = new("RL101", "global-lost-update",
        "Read-modify-write of a global or closure variable can lose updates",
        "`count += 1` (or `count = count + f()`) on a module global or a variable of an enclosing function loads the " +
        "value, computes, and stores it back. " + UseALock);

    public static CheckRule AttributeLostUpdate { get; } = new("RL102", "attribute-lost-update",
        "Read-modify-write of an attribute can lose updates",
        "`self.value += 1` on an object several threads share reads the attribute, computes, and writes it back. " + UseALock);

    public static CheckRule ItemLostUpdate { get; } = new("RL103", "item-lost-update",
        "Read-modify-write of a dict or list item can lose updates",
        "`counts[key] += 1` or `d[k] = d.get(k, 0) + 1` reads the item, computes, and writes it back; each single " +
        "dict or list operation is atomic, the sequence is not. " + UseALock);

    public static CheckRule CheckThenAct { get; } = new("RL110", "check-then-act",
        "Check-then-act on shared state can act on a stale check",
        "`if key not in cache: cache[key] = make()` tests, then acts on what the test saw; another thread can make " +
        "the same test in between, and both act. Hold a lock across the test and the action, or use an atomic " +
        "operation such as dict.setdefault.");

    public static CheckRule SafeByImplementationDetail { get; } = new("RL120", "safe-by-implementation-detail",
        "Unprotected update that is safe only by an implementation detail of the selected targets",
        "No lock protects this read-modify-write. On the selected targets no point where CPython may switch threads " +
        "falls inside it, so the GIL happens never to split it; CPython 3.9 switches after almost every instruction " +
        "and free-threaded 3.13t runs threads at the same time, and a future release may move the check points " +
        "again. Hold a threading.Lock around the update if the code must stay correct.");

    public static CheckRule LockOrder { get; } = new("RL201", "lock-order",
        "Two locks taken in opposite orders: a deadlock is possible",
        "One place takes lock A and then lock B while holding A; another takes B and then A. When two threads run " +
        "them at the same time each can hold one lock and wait forever for the other. Take locks in one global order " +
        "everywhere.");

    public static CheckRule LockReleasedOnOnePath { get; } = new("RL202", "lock-released-on-one-path",
        "A lock acquired with acquire() is not released on every path",
        "lock.acquire() is followed by lock.release() on some paths, but an early return or a branch leaves the " +
        "function still holding the lock; the next thread that needs it waits forever. Use `with lock:`, which " +
        "releases on every way out, exceptions included, or release in a `finally:`.");

    /// <summary>The rules, in code order.</summary>
    public static IReadOnlyList<CheckRule> All { get; } =
        [GlobalLostUpdate, AttributeLostUpdate, ItemLostUpdate, CheckThenAct, SafeByImplementationDetail, LockOrder, LockReleasedOnOnePath];

    public static CheckRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
