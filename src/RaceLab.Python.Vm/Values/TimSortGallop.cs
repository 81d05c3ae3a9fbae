namespace RaceLab.Python.Vm.Values;

/// <summary>
/// listobject.c's gallop_left and gallop_right over arr[start, start+n), starting at hint: exponential search
/// from the hint, then a binary search, asking <c>less</c> in CPython's order.
/// </summary>
internal static class TimSortGallop
{
    /// <summary>gallop_left: the k with arr[k-1] &lt; key &lt;= arr[k] (before any equal items).</summary>
    public static int Left(Func<int, int, bool> less, int key, int[] arr, int start, int n, int hint)
    {
        var a = start + hint;
        int lastofs = 0, ofs = 1;
        if (less(arr[a], key))
        {
            // arr[hint] < key: gallop right, until arr[hint + lastofs] < key <= arr[hint + ofs].
            var maxofs = n - hint;
            while (ofs < maxofs && less(arr[a + ofs], key))
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }

            ofs = Math.Min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            // key <= arr[hint]: gallop left, until arr[hint - ofs] < key <= arr[hint - lastofs].
            var maxofs = hint + 1;
            while (ofs < maxofs && !less(arr[a - ofs], key))
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }

            ofs = Math.Min(ofs, maxofs);
            (lastofs, ofs) = (hint - ofs, hint - lastofs);
        }

        for (lastofs++; lastofs < ofs;)
        {
            var m = lastofs + ((ofs - lastofs) >> 1);
            if (less(arr[start + m], key))
            {
                lastofs = m + 1;
            }
            else
            {
                ofs = m;
            }
        }

        return ofs;
    }

    /// <summary>gallop_right: the k with arr[k-1] &lt;= key &lt; arr[k] (after any equal items).</summary>
    public static int Right(Func<int, int, bool> less, int key, int[] arr, int start, int n, int hint)
    {
        var a = start + hint;
        int lastofs = 0, ofs = 1;
        if (less(key, arr[a]))
        {
            // key < arr[hint]: gallop left, until arr[hint - ofs] <= key < arr[hint - lastofs].
            var maxofs = hint + 1;
            while (ofs < maxofs && less(key, arr[a - ofs]))
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }

            ofs = Math.Min(ofs, maxofs);
            (lastofs, ofs) = (hint - ofs, hint - lastofs);
        }
        else
        {
            // arr[hint] <= key: gallop right, until arr[hint + lastofs] <= key < arr[hint + ofs].
            var maxofs = n - hint;
            while (ofs < maxofs && !less(key, arr[a + ofs]))
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }

            ofs = Math.Min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }

        for (lastofs++; lastofs < ofs;)
        {
            var m = lastofs + ((ofs - lastofs) >> 1);
            if (less(key, arr[start + m]))
            {
                ofs = m;
            }
            else
            {
                lastofs = m + 1;
            }
        }

        return ofs;
    }
}
