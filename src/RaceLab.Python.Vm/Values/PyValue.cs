using System.Numerics;
using System.Runtime.CompilerServices;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// A Python value in 16 bytes: a reference that says what the value is (a tag object for the inline kinds,
/// the object itself otherwise) and 64 inline bits, so ints, floats, bools and None never allocate.
/// <c>default</c> is the NULL that 3.11+ pushes below a callable.
/// </summary>
internal readonly struct PyValue
{
    private readonly object? _ref;
    private readonly long _bits;

    private PyValue(object? reference, long bits)
    {
        _ref = reference;
        _bits = bits;
    }

    public static PyValue None { get; } = new(Tags.NoneValue, 0);

    public static PyValue True { get; } = new(Tags.BoolValue, 1);

    public static PyValue False { get; } = new(Tags.BoolValue, 0);

    public static PyValue Null => default;

    public object? Ref => _ref;

    public long Bits => _bits;

    public bool IsNull => _ref is null;

    public bool IsInt => ReferenceEquals(_ref, Tags.IntValue);

    public bool IsBool => ReferenceEquals(_ref, Tags.BoolValue);

    public bool IsFloat => ReferenceEquals(_ref, Tags.FloatValue);

    public bool IsNone => ReferenceEquals(_ref, Tags.NoneValue);

    public bool IsBigInt => _ref is PyBigInt;

    /// <summary>int or bool or big int: everything Python treats as an integer.</summary>
    public bool IsIntegral => IsInt || IsBool || _ref is PyBigInt;

    public bool IsString => _ref is string;

    public long Int => _bits;

    public double Float => BitConverter.Int64BitsToDouble(_bits);

    public string String => (string)_ref!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FromInt(long value) => new(Tags.IntValue, value);

    /// <summary>
    /// <c>slot = value</c>, skipping the GC write barrier when the slot already holds the same reference (an
    /// int over an int, the common case on the value stack): then only the 64 inline bits change. The
    /// dispatch loop stores a value or two per instruction, and the barrier call was a tenth of its time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref PyValue slot, PyValue value)
    {
        if (ReferenceEquals(slot._ref, value._ref))
        {
            Unsafe.AsRef(in slot._bits) = value._bits;
        }
        else
        {
            slot = value;
        }
    }

    /// <summary>Sets an int slot's value in place (the slot must already hold an int): no write barrier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(ref PyValue slot, long value) => Unsafe.AsRef(in slot._bits) = value;

    public static PyValue FromBool(bool value) => value ? True : False;

    public static PyValue FromFloat(double value) => new(Tags.FloatValue, BitConverter.DoubleToInt64Bits(value));

    public static PyValue FromString(string value) => new(value, 0);

    public static PyValue FromObject(object value) => new(value, 0);

    /// <summary>An integer of any size: inline when it fits in 64 bits.</summary>
    public static PyValue FromBig(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromInt((long)value) : new(new PyBigInt(value), 0);

    public BigInteger ToBig() => _ref is PyBigInt big ? big.Value : _bits;

    public T As<T>()
        where T : class => (T)_ref!;

    public bool Is<T>()
        where T : class => _ref is T;

    /// <summary>Identity for objects, value for the inline kinds (what <c>is</c> means for small values).</summary>
    public bool SameAs(PyValue other) => ReferenceEquals(_ref, other._ref) && _bits == other._bits;

    public override string ToString() => PyFormat.Repr(this);
}
