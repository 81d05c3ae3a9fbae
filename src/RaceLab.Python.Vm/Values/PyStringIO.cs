using System.Text;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// io.StringIO (C in CPython: Modules/_io/stringio.c): text in memory and a position in it. Each method is one
/// C call, atomic under the GIL, so print() to one from several threads interleaves whole writes, never parts.
/// </summary>
internal sealed class PyStringIO : PyHeapObject
{
    public StringBuilder Text { get; } = new();

    public int Position { get; set; }

    public bool Closed { get; set; }
}
