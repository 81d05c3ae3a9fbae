using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RaceLab.Benchmarks;

/// <summary>Each strategy's loop as a user would write it, with its own state, for comparison with the harness.</summary>
internal static class HandWrittenLoops
{
    private static readonly object _sync = new();
    private static readonly Lock _lock = new();
    private static SpinLock _spinLock = new(enableThreadOwnerTracking: false);
    private static Cell[] _cells = new Cell[1];
    private static int _count;

    public static void Reset()
    {
        _count = 0;
        _cells = new Cell[1];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Unsafe(int n)
    {
        for (var i = 0; i < n; i++)
        {
            _count++;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Volatile(int n)
    {
        for (var i = 0; i < n; i++)
        {
            System.Threading.Volatile.Write(ref _count, System.Threading.Volatile.Read(ref _count) + 1);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Interlocked(int n)
    {
        for (var i = 0; i < n; i++)
        {
            System.Threading.Interlocked.Increment(ref _count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Lock(int n)
    {
        for (var i = 0; i < n; i++)
        {
            lock (_sync)
            {
                _count++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void LockType(int n)
    {
        for (var i = 0; i < n; i++)
        {
            lock (_lock)
            {
                _count++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void SpinLock(int n)
    {
        for (var i = 0; i < n; i++)
        {
            var taken = false;
            try
            {
                _spinLock.Enter(ref taken);
                _count++;
            }
            finally
            {
                if (taken)
                {
                    _spinLock.Exit();
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void LocalSum(int n)
    {
        var local = 0;
        for (var i = 0; i < n; i++)
        {
            local++;
        }

        System.Threading.Interlocked.Add(ref _count, local);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Striped(int n)
    {
        ref var cell = ref _cells[0].Value;
        for (var i = 0; i < n; i++)
        {
            cell++;
        }
    }

    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct Cell
    {
        [FieldOffset(64)]
        public long Value;
    }
}
