using System.Globalization;
using System.Text;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// sys.stdout/sys.stderr's write and flush, sys.exc_info, the traceback module's text of an exception, and
/// time.localtime/strftime on the simulated clock: what logging stands on. All C in CPython except the
/// traceback module (Python there; native here because the VM already makes that text for uncaught exceptions).
/// </summary>
internal sealed partial class Machine
{
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private PyValue StreamsAndTracebacks(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        switch (builtin.Id)
        {
            case BuiltinId.StreamWrite:
                {
                    Expect(builtin, pos, 2, 2, kw);
                    var text = pos[1].IsString ? pos[1].String
                        : throw PythonError.Of(Tags.TypeError, $"write() argument must be str, not {PyOps.TypeOf(pos[1]).Name}");
                    WriteTo(pos[0].As<PyTextStream>(), text);
                    return PyValue.FromInt(text.Length);
                }

            case BuiltinId.StreamFlush:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.None;
            case BuiltinId.SysExcInfo:
                {
                    Expect(builtin, pos, 0, 0, kw);
                    return Handling(thread.Top) is { } exc
                        ? PyValue.FromObject(new PyTuple([PyValue.FromObject(exc.Type), PyValue.FromObject(exc), PyValue.None]))
                        : PyValue.FromObject(new PyTuple([PyValue.None, PyValue.None, PyValue.None]));
                }

            case BuiltinId.TracebackFormatException:
                {
                    // 3.9: format_exception(etype, value, tb); 3.10+ also format_exception(exc).
                    var exc = pos.Length > 1 && !pos[1].IsNone ? pos[1].Ref as PyException : pos.Length == 1 ? pos[0].Ref as PyException : null;
                    return PyValue.FromObject(new PyList([.. Lines(TracebackText(exc)).Select(PyValue.FromString)]));
                }

            case BuiltinId.TracebackFormatExc:
                return PyValue.FromString(TracebackText(Handling(thread.Top)));
            case BuiltinId.TracebackPrintExc:
                WriteError(TracebackText(Handling(thread.Top)));
                return PyValue.None;
            case BuiltinId.TimeLocalTime:
                {
                    var seconds = pos.Length > 0 && !pos[0].IsNone ? PyOps.ToDouble(pos[0]) : EpochOffset + (ClockOf(thread) / 1e12);
                    return PyValue.FromObject(TimeTuple(DateTime.UnixEpoch.AddSeconds(Math.Floor(seconds))));
                }

            default:
                {
                    if (pos.Length is < 1 or > 2 || !pos[0].IsString)
                    {
                        throw PythonError.Of(Tags.TypeError, "strftime() argument 1 must be str");
                    }

                    var when = pos.Length > 1 ? FromTimeTuple(pos[1]) : DateTime.UnixEpoch.AddSeconds(Math.Floor(EpochOffset + (ClockOf(thread) / 1e12)));
                    return PyValue.FromString(Strftime(pos[0].String, when));
                }
        }
    }

    /// <summary>print(..., file=stream) and stream.write(text).</summary>
    private void WriteTo(PyTextStream stream, string text)
    {
        if (stream.IsError)
        {
            WriteError(text);
        }
        else
        {
            Write(text);
        }
    }

    /// <summary>What traceback.format_exc() gives: the exception's chain and frames, or "NoneType: None" with none.</summary>
    private string TracebackText(PyException? exc)
    {
        if (exc is null)
        {
            return "NoneType: None\n";
        }

        var text = new StringBuilder();
        AppendChain(text, exc, new HashSet<PyException>(ReferenceEqualityComparer.Instance), inThread: true);
        return text.ToString();
    }

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>time.struct_time's nine fields, as a plain tuple (the named fields are not modelled); the zone is UTC.</summary>
    private static PyTuple TimeTuple(DateTime t) => new([
        PyValue.FromInt(t.Year), PyValue.FromInt(t.Month), PyValue.FromInt(t.Day), PyValue.FromInt(t.Hour),
        PyValue.FromInt(t.Minute), PyValue.FromInt(t.Second), PyValue.FromInt(((int)t.DayOfWeek + 6) % 7),
        PyValue.FromInt(t.DayOfYear), PyValue.FromInt(0)]);

    private static DateTime FromTimeTuple(PyValue tuple)
    {
        var items = tuple.Ref is PyTuple { Items.Length: 9 } t ? t.Items
            : throw PythonError.Of(Tags.TypeError, "Tuple or struct_time argument required");
        return new DateTime((int)items[0].Int, (int)items[1].Int, (int)items[2].Int, (int)items[3].Int, (int)items[4].Int, (int)items[5].Int, DateTimeKind.Utc);
    }

    /// <summary>C's strftime for the directives a log format uses (%Y %m %d %H %M %S %y %j %a %b %p %I %%).</summary>
    private static string Strftime(string format, DateTime t)
    {
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 == format.Length)
            {
                text.Append(format[i]);
                continue;
            }

            var c = format[++i];
            text.Append(c switch
            {
                'Y' => t.Year.ToString(CultureInfo.InvariantCulture),
                'm' => t.Month.ToString("00", CultureInfo.InvariantCulture),
                'd' => t.Day.ToString("00", CultureInfo.InvariantCulture),
                'H' => t.Hour.ToString("00", CultureInfo.InvariantCulture),
                'I' => ((t.Hour + 11) % 12 + 1).ToString("00", CultureInfo.InvariantCulture),
                'M' => t.Minute.ToString("00", CultureInfo.InvariantCulture),
                'S' => t.Second.ToString("00", CultureInfo.InvariantCulture),
                'y' => (t.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                'j' => t.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
                'a' => DayNames[((int)t.DayOfWeek + 6) % 7],
                'b' => MonthNames[t.Month - 1],
                'p' => t.Hour < 12 ? "AM" : "PM",
                '%' => "%",
                _ => "%" + c,
            });
        }

        return text.ToString();
    }
}
