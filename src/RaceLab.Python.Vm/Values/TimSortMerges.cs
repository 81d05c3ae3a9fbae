namespace RaceLab.Python.Vm.Values;

/// <summary>
/// listsort's MergeState: the stack of pending runs and the merges, asking <c>less</c> in the order CPython's
/// listobject.c asks — merge_at's two gallops, then merge_lo or merge_hi with galloping mode and the adaptive
/// min_gallop carried from merge to merge. Which runs merge when is each release's: 3.9 and 3.10 keep
/// merge_collapse's length invariants; 3.11 on use powersort's run powers (found_new_run, powerloop).
/// The arrays hold item numbers; <c>less(i, j)</c> is item i &lt; item j.
/// </summary>
internal sealed class TimSortMerges(int[] a, Func<int, int, bool> less, bool powersort)
{
    private const int MinGallopStart = 7;

    private readonly List<(int Base, int Length, int Power)> _pending = [];
    private int[] _temp = [];
    private int _minGallop = MinGallopStart;

    /// <summary>The next run, a[start, start+length), found left to right: pushed and merged as the release does.</summary>
    public void AddRun(int start, int length)
    {
        if (powersort)
        {
            FoundNewRun(length);
            _pending.Add((start, length, 0));
        }
        else
        {
            _pending.Add((start, length, 0));
            MergeCollapse();
        }
    }

    /// <summary>merge_force_collapse: whatever is left, merged down to one run.</summary>
    public void ForceCollapse()
    {
        while (_pending.Count > 1)
        {
            var n = _pending.Count - 2;
            if (n > 0 && _pending[n - 1].Length < _pending[n + 1].Length)
            {
                n--;
            }

            MergeAt(n);
        }
    }

    /// <summary>3.9/3.10: merge until len[-3] &gt; len[-2] + len[-1] and len[-2] &gt; len[-1].</summary>
    private void MergeCollapse()
    {
        var p = _pending;
        while (p.Count > 1)
        {
            var n = p.Count - 2;
            if ((n > 0 && p[n - 1].Length <= p[n].Length + p[n + 1].Length) || (n > 1 && p[n - 2].Length <= p[n - 1].Length + p[n].Length))
            {
                if (p[n - 1].Length < p[n + 1].Length)
                {
                    n--;
                }

                MergeAt(n);
            }
            else if (p[n].Length <= p[n + 1].Length)
            {
                MergeAt(n);
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>3.11+: the top run's power against the new run; runs below with a greater power are merged first.</summary>
    private void FoundNewRun(int n2)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var (s1, n1, _) = _pending[^1];
        var power = PowerLoop(s1, n1, n2, a.Length);
        while (_pending.Count > 1 && _pending[^2].Power > power)
        {
            MergeAt(_pending.Count - 2);
        }

        _pending[^1] = _pending[^1] with { Power = power };
    }

    /// <summary>powerloop: the depth of the boundary between the two runs in a conceptual binary merge tree.</summary>
    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        var result = 0;
        var x = (2 * s1) + n1;
        var y = x + n1 + n2;
        for (; ; )
        {
            result++;
            if (x >= n)
            {
                x -= n;
                y -= n;
            }
            else if (y >= n)
            {
                break;
            }

            x <<= 1;
            y <<= 1;
        }

        return result;
    }

    /// <summary>merge_at: runs i and i+1, trimmed by two gallops to the part that needs merging.</summary>
    private void MergeAt(int i)
    {
        var (pa, na, _) = _pending[i];
        var (pb, nb, _) = _pending[i + 1];
        _pending[i] = _pending[i] with { Length = na + nb };
        _pending.RemoveAt(i + 1);

        var k = TimSortGallop.Right(less, a[pb], a, pa, na, 0);
        pa += k;
        na -= k;
        if (na == 0)
        {
            return;
        }

        nb = TimSortGallop.Left(less, a[pa + na - 1], a, pb, nb, nb - 1);
        if (nb <= 0)
        {
            return;
        }

        if (na <= nb)
        {
            MergeLow(pa, na, pb, nb);
        }
        else
        {
            MergeHigh(pa, na, pb, nb);
        }
    }

    private int[] Temp(int need)
    {
        if (_temp.Length < need)
        {
            _temp = new int[need];
        }

        return _temp;
    }

    /// <summary>merge_lo: na &lt;= nb; run a is copied out and the merge fills from the left.</summary>
    private void MergeLow(int pa, int na, int pb, int nb)
    {
        var t = Temp(na);
        Array.Copy(a, pa, t, 0, na);
        int dest = pa, ia = 0, ib = pb;
        a[dest++] = a[ib++];
        if (--nb == 0)
        {
            goto Succeed;
        }

        if (na == 1)
        {
            goto CopyB;
        }

        var minGallop = _minGallop;
        for (; ; )
        {
            int acount = 0, bcount = 0;

            // The straightforward merge, until one run wins min_gallop times in a row.
            for (; ; )
            {
                if (less(a[ib], t[ia]))
                {
                    a[dest++] = a[ib++];
                    bcount++;
                    acount = 0;
                    if (--nb == 0)
                    {
                        goto Succeed;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    a[dest++] = t[ia++];
                    acount++;
                    bcount = 0;
                    if (--na == 1)
                    {
                        goto CopyB;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
            }

            // Galloping mode, until neither run wins MIN_GALLOP in a row.
            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                var k = TimSortGallop.Right(less, a[ib], t, ia, na, 0);
                acount = k;
                if (k > 0)
                {
                    Array.Copy(t, ia, a, dest, k);
                    dest += k;
                    ia += k;
                    na -= k;
                    if (na == 1)
                    {
                        goto CopyB;
                    }

                    // Impossible for a consistent comparison, which a program's __lt__ need not be.
                    if (na == 0)
                    {
                        goto Succeed;
                    }
                }

                a[dest++] = a[ib++];
                if (--nb == 0)
                {
                    goto Succeed;
                }

                k = TimSortGallop.Left(less, t[ia], a, ib, nb, 0);
                bcount = k;
                if (k > 0)
                {
                    Array.Copy(a, ib, a, dest, k);
                    dest += k;
                    ib += k;
                    nb -= k;
                    if (nb == 0)
                    {
                        goto Succeed;
                    }
                }

                a[dest++] = t[ia++];
                if (--na == 1)
                {
                    goto CopyB;
                }
            }
            while (acount >= MinGallopStart || bcount >= MinGallopStart);
            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (na > 0)
        {
            Array.Copy(t, ia, a, dest, na);
        }

        return;

    CopyB:
        // The last item of run a belongs at the end of the merge.
        Array.Copy(a, ib, a, dest, nb);
        a[dest + nb] = t[ia];
    }

    /// <summary>merge_hi: na &gt; nb; run b is copied out and the merge fills from the right.</summary>
    private void MergeHigh(int pa, int na, int pb, int nb)
    {
        var t = Temp(nb);
        Array.Copy(a, pb, t, 0, nb);
        int dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
        a[dest--] = a[ia--];
        if (--na == 0)
        {
            goto Succeed;
        }

        if (nb == 1)
        {
            goto CopyA;
        }

        var minGallop = _minGallop;
        for (; ; )
        {
            int acount = 0, bcount = 0;
            for (; ; )
            {
                if (less(t[ib], a[ia]))
                {
                    a[dest--] = a[ia--];
                    acount++;
                    bcount = 0;
                    if (--na == 0)
                    {
                        goto Succeed;
                    }

                    if (acount >= minGallop)
                    {
                        break;
                    }
                }
                else
                {
                    a[dest--] = t[ib--];
                    bcount++;
                    acount = 0;
                    if (--nb == 1)
                    {
                        goto CopyA;
                    }

                    if (bcount >= minGallop)
                    {
                        break;
                    }
                }
            }

            minGallop++;
            do
            {
                minGallop -= minGallop > 1 ? 1 : 0;
                _minGallop = minGallop;
                var k = na - TimSortGallop.Right(less, t[ib], a, pa, na, na - 1);
                acount = k;
                if (k > 0)
                {
                    dest -= k;
                    ia -= k;
                    Array.Copy(a, ia + 1, a, dest + 1, k);
                    na -= k;
                    if (na == 0)
                    {
                        goto Succeed;
                    }
                }

                a[dest--] = t[ib--];
                if (--nb == 1)
                {
                    goto CopyA;
                }

                k = nb - TimSortGallop.Left(less, a[ia], t, 0, nb, nb - 1);
                bcount = k;
                if (k > 0)
                {
                    dest -= k;
                    ib -= k;
                    Array.Copy(t, ib + 1, a, dest + 1, k);
                    nb -= k;
                    if (nb == 1)
                    {
                        goto CopyA;
                    }

                    if (nb == 0)
                    {
                        goto Succeed;
                    }
                }

                a[dest--] = a[ia--];
                if (--na == 0)
                {
                    goto Succeed;
                }
            }
            while (acount >= MinGallopStart || bcount >= MinGallopStart);
            minGallop++;
            _minGallop = minGallop;
        }

    Succeed:
        if (nb > 0)
        {
            Array.Copy(t, 0, a, dest - (nb - 1), nb);
        }

        return;

    CopyA:
        // The first item of run b belongs at the front of the merge.
        Array.Copy(a, ia + 1 - na, a, dest + 1 - na, na);
        dest -= na;
        a[dest] = t[ib];
    }
}
