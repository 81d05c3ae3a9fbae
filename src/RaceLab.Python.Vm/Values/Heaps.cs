namespace RaceLab.Python.Vm.Values;

/// <summary>heapq's push, pop and heapify (C's _heapq: a min-heap on a list by &lt;, atomic under the GIL).</summary>
internal static class Heaps
{
    public static void Push(List<PyValue> heap, PyValue item)
    {
        heap.Add(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    public static PyValue Pop(List<PyValue> heap)
    {
        if (heap.Count == 0)
        {
            throw PythonError.Of(Tags.IndexError, "index out of range");
        }

        var last = heap[^1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0)
        {
            return last;
        }

        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0);
        return top;
    }

    public static void Heapify(List<PyValue> heap)
    {
        for (var i = (heap.Count / 2) - 1; i >= 0; i--)
        {
            SiftUp(heap, i);
        }
    }

    private static bool Less(PyValue a, PyValue b) => PyOps.Compare(0, a, b);

    // CPython's _siftdown: move the item at pos up towards start while it is smaller than its parent.
    private static void SiftDown(List<PyValue> heap, int start, int pos)
    {
        var item = heap[pos];
        while (pos > start)
        {
            var parent = (pos - 1) >> 1;
            if (!Less(item, heap[parent]))
            {
                break;
            }

            heap[pos] = heap[parent];
            pos = parent;
        }

        heap[pos] = item;
    }

    // CPython's _siftup: bubble the smaller child up to the leaf, then sift the item down into place.
    private static void SiftUp(List<PyValue> heap, int pos)
    {
        var end = heap.Count;
        var start = pos;
        var item = heap[pos];
        var child = (2 * pos) + 1;
        while (child < end)
        {
            var right = child + 1;
            if (right < end && !Less(heap[child], heap[right]))
            {
                child = right;
            }

            heap[pos] = heap[child];
            pos = child;
            child = (2 * pos) + 1;
        }

        heap[pos] = item;
        SiftDown(heap, start, pos);
    }
}
