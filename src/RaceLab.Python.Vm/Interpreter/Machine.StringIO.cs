using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// io.StringIO (Modules/_io/stringio.c, 3.9-3.13): the methods programs use to collect text, print()'s output
/// through contextlib.redirect_stdout among them. Each is one C call, atomic under the GIL.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>StringIO(initial_value='', newline='\n'): the text, with the position at its start.</summary>
    private static PyValue NewStringIO(ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var kw = Keywords(args, kwnames, out var npos);
        var initial = npos > 0 ? args[0] : kw is not null && kw.TryGetValue("initial_value", out var given) ? given : PyValue.None;
        var buffer = new PyStringIO();
        if (!initial.IsNone)
        {
            buffer.Text.Append(initial.IsString ? initial.String
                : throw PythonError.Of(Tags.TypeError, $"initial_value must be str or None, not {PyOps.TypeOf(initial).Name}"));
        }

        return PyValue.FromObject(buffer);
    }

    private static PyValue StringIOMethod(PyBuiltin builtin, PyStringIO buffer, ReadOnlySpan<PyValue> args, Dictionary<string, PyValue>? kw)
    {
        if (builtin.Id is BuiltinId.StringIOClose or BuiltinId.StringIOExit)
        {
            buffer.Closed = true;
            return PyValue.None;
        }

        if (buffer.Closed)
        {
            throw PythonError.Of(Tags.ValueError, "I/O operation on closed file");
        }

        var text = buffer.Text;
        switch (builtin.Id)
        {
            case BuiltinId.StringIOWrite:
                return PyValue.FromInt(WriteAt(buffer, args.Length == 1 && kw is null ? args[0]
                    : throw PythonError.Of(Tags.TypeError, $"write() takes exactly one argument ({args.Length} given)")));
            case BuiltinId.StringIOGetValue:
                return PyValue.FromString(text.ToString());
            case BuiltinId.StringIORead:
                {
                    var start = Math.Min(buffer.Position, text.Length);
                    var size = SizeArgument(args, text.Length - start);
                    buffer.Position = start + size;
                    return PyValue.FromString(text.ToString(start, size));
                }

            case BuiltinId.StringIOReadLine:
                {
                    var start = Math.Min(buffer.Position, text.Length);
                    var end = start;
                    var limit = start + SizeArgument(args, text.Length - start);
                    while (end < limit && text[end++] != '\n')
                    {
                    }

                    buffer.Position = end;
                    return PyValue.FromString(text.ToString(start, end - start));
                }

            case BuiltinId.StringIOSeek:
                return PyValue.FromInt(buffer.Position = Seek(buffer, args));
            case BuiltinId.StringIOTell:
                return PyValue.FromInt(buffer.Position);
            case BuiltinId.StringIOTruncate:
                {
                    var size = args.Length > 0 && !args[0].IsNone ? (int)args[0].Int : buffer.Position;
                    if (size < 0)
                    {
                        throw PythonError.Of(Tags.ValueError, $"Negative size value {size}");
                    }

                    text.Length = Math.Min(size, text.Length);
                    return PyValue.FromInt(size);
                }

            default:
                return PyValue.None;
        }
    }

    /// <summary>write(s): overwrites from the position on (past the end, the gap filled with NULs), moving it past s.</summary>
    private static int WriteAt(PyStringIO buffer, PyValue value)
    {
        var s = value.IsString ? value.String
            : throw PythonError.Of(Tags.TypeError, $"string argument expected, got '{PyOps.TypeOf(value).Name}'");
        var text = buffer.Text;
        if (buffer.Position > text.Length)
        {
            text.Append('\0', buffer.Position - text.Length);
        }

        var overlap = Math.Min(s.Length, text.Length - buffer.Position);
        text.Remove(buffer.Position, overlap).Insert(buffer.Position, s);
        buffer.Position += s.Length;
        return s.Length;
    }

    /// <summary>read(size)/readline(size): None or a negative size means all that is left.</summary>
    private static int SizeArgument(ReadOnlySpan<PyValue> args, int left) =>
        args.Length == 0 || args[0].IsNone || args[0].Int < 0 ? left : (int)Math.Min(args[0].Int, left);

    /// <summary>seek(pos, whence=0): from the start, or (with pos 0 only) where it is or the end.</summary>
    private static int Seek(PyStringIO buffer, ReadOnlySpan<PyValue> args)
    {
        var pos = args.Length > 0 ? args[0].Int : throw PythonError.Of(Tags.TypeError, "seek expected at least 1 argument, got 0");
        var whence = args.Length > 1 ? args[1].Int : 0;
        return whence switch
        {
            0 when pos < 0 => throw PythonError.Of(Tags.ValueError, $"Negative seek position {pos}"),
            0 => (int)pos,
            1 or 2 when pos != 0 => throw PythonError.Of(Tags.OSError, "Can't do nonzero cur-relative seeks"),
            1 => buffer.Position,
            2 => buffer.Text.Length,
            _ => throw PythonError.Of(Tags.ValueError, $"Invalid whence ({whence}, should be 0, 1 or 2)"),
        };
    }
}
