using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RaceLab.Python.Bytecode;

/// <summary>
/// A value in a code object's <c>co_consts</c>. Equality follows CPython's constant merging: values of
/// different types never merge (1, 1.0 and True are three constants), tuples compare element-wise.
/// </summary>
public abstract record Constant
{
    /// <summary>Python's <c>repr()</c> of the value, as <c>dis</c> prints it.</summary>
    public abstract string Repr();

    public sealed override string ToString() => Repr();
}

public sealed record NoneConstant : Constant
{
    public static NoneConstant Instance { get; } = new();

    public override string Repr() => "None";
}

public sealed record EllipsisConstant : Constant
{
    public static EllipsisConstant Instance { get; } = new();

    public override string Repr() => "Ellipsis";
}

public sealed record BoolConstant(bool Value) : Constant
{
    public override string Repr() => Value ? "True" : "False";
}

public sealed record IntConstant(BigInteger Value) : Constant
{
    public override string Repr() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record FloatConstant(double Value) : Constant
{
    public override string Repr() => PythonFloat.Repr(Value);

    // -0.0 and 0.0 are different constants in CPython; so is every NaN from every other.
    public bool Equals(FloatConstant? other) =>
        other is not null && BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(other.Value);

    public override int GetHashCode() => Value.GetHashCode();
}

public sealed record StringConstant(string Value) : Constant
{
    public override string Repr() => PythonString.Repr(Value);
}

public sealed record TupleConstant(ImmutableArray<Constant> Items) : Constant
{
    public override string Repr()
    {
        var text = new StringBuilder("(");
        for (var i = 0; i < Items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Items[i].Repr());
        }

        return text.Append(Items.Length == 1 ? ",)" : ")").ToString();
    }

    public bool Equals(TupleConstant? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>A nested code object (function body, comprehension). Compared by identity, as CPython does.</summary>
public sealed record CodeConstant(CodeObject Code) : Constant
{
    public override string Repr() => $"<code object {Code.Name}>";

    public bool Equals(CodeConstant? other) => other is not null && ReferenceEquals(Code, other.Code);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Code);
}

/// <summary>
/// A frozenset the optimizer folded (<c>x in {1, 2}</c>, a constant set display). Items are kept in CPython's
/// iteration order where our hashes are CPython's (ints, bools), else in source order: CPython randomizes
/// string hashes per run, so no order can match those. CPython builds it twice: from the source's tuple,
/// then again from that set's order when the compiler merges constants (merge_consts_recursive).
/// </summary>
public sealed record FrozenSetConstant(ImmutableArray<Constant> Items) : Constant
{
    public static FrozenSetConstant Of(IEnumerable<Constant> items) => Build(Build(items).Items);

    private static FrozenSetConstant Build(IEnumerable<Constant> items)
    {
        var table = new SetTable<Constant>((a, b) => a.Equals(b));
        var ordered = ImmutableArray.CreateBuilder<Constant>();
        var hashable = true;
        var seen = new List<Constant>();
        foreach (var item in items)
        {
            if (seen.Contains(item))
            {
                continue;
            }

            seen.Add(item);
            if (item switch { IntConstant i => PythonHash.OfInt(i.Value), BoolConstant b => b.Value ? 1 : 0, _ => (long?)null } is { } hash)
            {
                table.Add(item, hash);
            }
            else
            {
                hashable = false;
            }
        }

        ordered.AddRange(hashable ? table.Keys() : seen);
        return new FrozenSetConstant(ordered.ToImmutable());
    }

    public override string Repr() =>
        Items.Length == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", Items.Select(i => i.Repr())) + "})";

    public bool Equals(FrozenSetConstant? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
