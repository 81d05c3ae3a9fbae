using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace RaceLab.Python.Bytecode;

/// <summary>Reads the <c>repr()</c> of a constant (None, bools, ints, floats, strings, tuples of them).</summary>
internal sealed class PythonLiteralReader(string text)
{
    private int _position;

    public Constant ReadConstant()
    {
        SkipSpaces();
        var c = Peek();
        if (c == '(')
        {
            return ReadTuple();
        }

        if (c is '\'' or '"')
        {
            return new StringConstant(ReadString());
        }

        if (text.AsSpan(_position).StartsWith("frozenset(", StringComparison.Ordinal))
        {
            return ReadFrozenSet();
        }

        var word = ReadWord();
        return word switch
        {
            "None" => NoneConstant.Instance,
            "True" => new BoolConstant(true),
            "False" => new BoolConstant(false),
            "Ellipsis" => EllipsisConstant.Instance,
            "inf" => new FloatConstant(double.PositiveInfinity),
            "nan" => new FloatConstant(double.NaN),
            _ when word.IndexOfAny(['.', 'e', 'E']) >= 0 || word.EndsWith("inf", StringComparison.Ordinal) =>
                new FloatConstant(double.Parse(word, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => new IntConstant(BigInteger.Parse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        };
    }

    public void ExpectEnd()
    {
        SkipSpaces();
        if (_position != text.Length)
        {
            throw new FormatException($"unexpected text after constant: {text[_position..]}");
        }
    }

    private TupleConstant ReadTuple()
    {
        _position++; // (
        var items = ImmutableArray.CreateBuilder<Constant>();
        while (true)
        {
            SkipSpaces();
            if (Peek() == ')')
            {
                _position++;
                return new TupleConstant(items.ToImmutable());
            }

            items.Add(ReadConstant());
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
            }
        }
    }

    /// <summary>frozenset() or frozenset({ITEM, ...}), items kept in the order CPython printed them.</summary>
    private FrozenSetConstant ReadFrozenSet()
    {
        _position += "frozenset(".Length;
        var items = ImmutableArray.CreateBuilder<Constant>();
        if (Peek() == '{')
        {
            _position++;
            while (true)
            {
                SkipSpaces();
                if (Peek() == '}')
                {
                    _position++;
                    break;
                }

                items.Add(ReadConstant());
                SkipSpaces();
                if (Peek() == ',')
                {
                    _position++;
                }
            }
        }

        _position++; // )
        return new FrozenSetConstant(items.ToImmutable());
    }

    private string ReadString()
    {
        var quote = text[_position++];
        var value = new StringBuilder();
        while (text[_position] != quote)
        {
            var c = text[_position++];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = text[_position++];
            switch (escape)
            {
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'x': value.Append(Hex(2)); break;
                case 'u': value.Append(Hex(4)); break;
                case 'U': value.Append(Hex(8)); break;
                default: value.Append(escape); break;
            }
        }

        _position++;
        return value.ToString();
    }

    private string Hex(int digits)
    {
        var codePoint = int.Parse(text.AsSpan(_position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _position += digits;

        // A Python str may hold a lone surrogate ('\ud800'); UTF-16 keeps it as that one char.
        return codePoint is >= 0xd800 and <= 0xdfff ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
    }

    private string ReadWord()
    {
        var start = _position;
        while (_position < text.Length && text[_position] is not (',' or ')' or '}' or ' '))
        {
            _position++;
        }

        return text[start.._position];
    }

    private char Peek() => _position < text.Length ? text[_position] : '\0';

    private void SkipSpaces()
    {
        while (_position < text.Length && text[_position] == ' ')
        {
            _position++;
        }
    }
}
