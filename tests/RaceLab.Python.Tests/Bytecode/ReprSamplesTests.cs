using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Bytecode;

/// <summary>
/// Float and string reprs against what real CPython printed (ReprSamples.json, made by make_repr_samples.py):
/// each repr must come out of <see cref="PythonFloat"/> / <see cref="PythonString"/> exactly, and read back
/// by <see cref="PythonLiteralReader"/> to the same value — the round trip every golden code.json relies on.
/// </summary>
public sealed class ReprSamplesTests
{
    private static readonly Lazy<JsonDocument> Samples = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bytecode", "ReprSamples.json"))));

    [Fact]
    public void FloatRepr_MatchesCPythonForEverySample()
    {
        var wrong = new List<string>();
        foreach (var (value, repr) in Floats())
        {
            var ours = PythonFloat.Repr(value);
            if (ours != repr)
            {
                wrong.Add($"{repr}: ours {ours}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(30)));
    }

    [Fact]
    public void FloatRepr_ReadsBackToTheSameBits()
    {
        var wrong = new List<string>();
        foreach (var (value, repr) in Floats())
        {
            var constant = Read(repr);
            if (constant is not FloatConstant f || BitConverter.DoubleToInt64Bits(f.Value) != BitConverter.DoubleToInt64Bits(value))
            {
                wrong.Add($"{repr}: read {constant}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(30)));
    }

    [Fact]
    public void StringRepr_MatchesCPythonForEverySample()
    {
        var wrong = new List<string>();
        foreach (var (value, repr) in Strings())
        {
            var ours = PythonString.Repr(value);
            if (ours != repr)
            {
                wrong.Add($"{repr}: ours {ours}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(30)));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void StringRepr_MatchesThatVersionWhereVersionsDiffer(string label)
    {
        Assert.True(PythonVersions.TryParse(label, out var version));
        var samples = Strings(Samples.Value.RootElement.GetProperty("strings_by_version").GetProperty(label)).ToList();
        Assert.NotEmpty(samples);
        var wrong = new List<string>();
        foreach (var (value, repr) in samples.Concat(Strings()))
        {
            var ours = PythonString.Repr(value, version.Value);
            if (ours != repr)
            {
                wrong.Add($"{repr}: ours {ours}");
            }

            var read = Read(repr);
            if (read is not StringConstant s || !string.Equals(s.Value, value, StringComparison.Ordinal))
            {
                wrong.Add($"{repr}: read {read}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(30)));
    }

    [Fact]
    public void StringRepr_ReadsBackToTheSameValue()
    {
        var wrong = new List<string>();
        foreach (var (value, repr) in Strings())
        {
            var constant = Read(repr);
            if (constant is not StringConstant s || !string.Equals(s.Value, value, StringComparison.Ordinal))
            {
                wrong.Add($"{repr}: read {constant}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(30)));
    }

    private static Constant Read(string repr)
    {
        var reader = new PythonLiteralReader(repr);
        var constant = reader.ReadConstant();
        reader.ExpectEnd();
        return constant;
    }

    private static IEnumerable<(double Value, string Repr)> Floats() =>
        Samples.Value.RootElement.GetProperty("floats").EnumerateArray().Select(pair =>
        {
            var bits = BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(pair[0].GetString()!));
            return (BitConverter.Int64BitsToDouble(bits), pair[1].GetString()!);
        });

    // Code points, not JSON strings, so lone surrogates survive the trip.
    private static IEnumerable<(string Value, string Repr)> Strings() =>
        Strings(Samples.Value.RootElement.GetProperty("strings"));

    private static IEnumerable<(string Value, string Repr)> Strings(JsonElement samples) =>
        samples.EnumerateArray().Select(pair =>
        {
            var value = new StringBuilder();
            foreach (var codePoint in pair[0].EnumerateArray().Select(c => c.GetInt32()))
            {
                value.Append(codePoint is >= 0xd800 and <= 0xdfff ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
            }

            return (value.ToString(), pair[1].GetString()!);
        });
}
