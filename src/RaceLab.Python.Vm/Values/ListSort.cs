namespace RaceLab.Python.Vm.Values;

/// <summary>
/// The order list.sort() puts n items in, asking <c>less(i, j)</c> (item i &lt; item j) in the order CPython's
/// listsort asks: for fewer than 64 items, one run found by count_run (3.9-3.12's, or 3.13's that also
/// takes descending runs with equal items) extended by binary insertion, which is all timsort does for a list
/// that short. Longer lists are sorted in minrun-long binary-insertion runs merged pairwise without galloping:
/// the same order, but not CPython's sequence of comparisons.
/// </summary>
internal static class ListSort
{
    private const int MaxMinRun = 64;

    public static int[] Order(int n, Func<int, int, bool> less, bool modernRuns)
    {
        var a = Enumerable.Range(0, n).ToArray();
        if (n < 2)
        {
            return a;
        }

        var minRun = MinRun(n);
        var runs = new List<(int Start, int Length)>();
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

            runs.Add((lo, run));
            lo += run;
        }

        while (runs.Count > 1)
        {
            var merged = new List<(int Start, int Length)>();
            for (var i = 0; i + 1 < runs.Count; i += 2)
            {
                Merge(a, runs[i].Start, runs[i].Length, runs[i + 1].Length, less);
                merged.Add((runs[i].Start, runs[i].Length + runs[i + 1].Length));
            }

            if (runs.Count % 2 == 1)
            {
                merged.Add(runs[^1]);
            }

            runs = merged;
        }

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

    /// <summary>A stable merge of the adjacent sorted runs a[lo, lo+na) and the na that follow.</summary>
    private static void Merge(int[] a, int lo, int na, int nb, Func<int, int, bool> less)
    {
        var left = a[lo..(lo + na)];
        var right = a[(lo + na)..(lo + na + nb)];
        int i = 0, j = 0, k = lo;
        while (i < na && j < nb)
        {
            a[k++] = less(right[j], left[i]) ? right[j++] : left[i++];
        }

        while (i < na)
        {
            a[k++] = left[i++];
        }

        while (j < nb)
        {
            a[k++] = right[j++];
        }
    }
}
