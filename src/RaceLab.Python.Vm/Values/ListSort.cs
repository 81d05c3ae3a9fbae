namespace RaceLab.Python.Vm.Values;

/// <summary>
/// The order list.sort() puts n items in, asking <c>less(i, j)</c> (item i &lt; item j) in the order CPython's
/// listsort asks: runs found by count_run (3.9-3.12's, or 3.13's that also takes descending runs with equal
/// items), short ones extended to minrun by binary insertion, then merged as <see cref="TimSortMerges"/> does
/// (galloping; merge_collapse before 3.11, powersort from 3.11). A comparison that is not a consistent order
/// (a program's __lt__ may be anything) still gets CPython's sequence of questions and so its permutation.
/// </summary>
internal static class ListSort
{
    private const int MaxMinRun = 64;

    public static int[] Order(int n, Func<int, int, bool> less, bool modernRuns, bool powersort)
    {
        var a = Enumerable.Range(0, n).ToArray();
        if (n < 2)
        {
            return a;
        }

        var merges = new TimSortMerges(a, less, powersort);
        var minRun = MinRun(n);
        for (var lo = 0; lo < n;)
        {
            var remaining = n - lo;
            var run = modernRuns ? CountRun313(a, lo, remaining, less) : CountRun(a, lo, remaining, less);
            if (run < minRun)
            {
                var force = Math.Min(remaining, minRun);
                BinarySort(a, lo, force, run, less);
                run = force;
            }

            merges.AddRun(lo, run);
            lo += run;
        }

        merges.ForceCollapse();
        return a;
    }

    /// <summary>merge_compute_minrun.</summary>
    private static int MinRun(int n)
    {
        var r = 0;
        while (n >= MaxMinRun)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    /// <summary>3.9-3.12's count_run: a strictly descending run is reversed in place.</summary>
    private static int CountRun(int[] a, int lo, int remaining, Func<int, int, bool> less)
    {
        if (remaining == 1)
        {
            return 1;
        }

        var n = 2;
        if (less(a[lo + 1], a[lo]))
        {
            for (; n < remaining && less(a[lo + n], a[lo + n - 1]); n++)
            {
            }

            Array.Reverse(a, lo, n);
        }
        else
        {
            for (; n < remaining && !less(a[lo + n], a[lo + n - 1]); n++)
            {
            }
        }

        return n;
    }

    /// <summary>3.13's count_run: ascending first; a descending run may hold equal items (kept in order).</summary>
    private static int CountRun313(int[] a, int lo, int remaining, Func<int, int, bool> less)
    {
        int n;
        for (n = 1; n < remaining; n++)
        {
            if (less(a[lo + n], a[lo + n - 1]))
            {
                break;
            }
        }

        if (n == remaining)
        {
            return n;
        }

        if (n > 1)
        {
            if (less(a[lo], a[lo + n - 1]))
            {
                return n;
            }

            Array.Reverse(a, lo, n);
        }

        n++;
        var equal = 0;
        for (; n < remaining; n++)
        {
            if (less(a[lo + n], a[lo + n - 1]))
            {
                ReverseEqual(a, lo, n, ref equal);
            }
            else if (less(a[lo + n - 1], a[lo + n]))
            {
                break;
            }
            else
            {
                equal++;
            }
        }

        ReverseEqual(a, lo, n, ref equal);
        Array.Reverse(a, lo, n);
        for (; n < remaining; n++)
        {
            if (less(a[lo + n], a[lo + n - 1]))
            {
                break;
            }
        }

        return n;
    }

    /// <summary>The last equal+1 items of the run are equal: reversed now, so the run's reversal restores their order.</summary>
    private static void ReverseEqual(int[] a, int lo, int n, ref int equal)
    {
        if (equal > 0)
        {
            equal++;
            Array.Reverse(a, lo + n - equal, equal);
            equal = 0;
        }
    }

    /// <summary>binarysort: a[lo, lo+ok) is sorted; each later item goes after the equal ones before it.</summary>
    private static void BinarySort(int[] a, int lo, int n, int ok, Func<int, int, bool> less)
    {
        for (ok = Math.Max(ok, 1); ok < n; ok++)
        {
            var pivot = a[lo + ok];
            int l = 0, r = ok;
            while (l < r)
            {
                var m = (l + r) >> 1;
                if (less(pivot, a[lo + m]))
                {
                    r = m;
                }
                else
                {
                    l = m + 1;
                }
            }

            Array.Copy(a, lo + l, a, lo + l + 1, ok - l);
            a[lo + l] = pivot;
        }
    }
}
