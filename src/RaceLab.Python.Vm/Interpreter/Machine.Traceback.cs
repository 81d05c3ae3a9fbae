using System.Text;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>Source lines for tracebacks (optional: without them only File/line entries are printed).</summary>
    public string[]? SourceLines { get; set; }

    /// <summary>The path CPython would print in tracebacks.</summary>
    public string DisplayPath { get; set; } = string.Empty;

    /// <summary>Prints an uncaught exception the way CPython does (to the program's stderr).</summary>
    public void ReportUncaught(SimThread thread)
    {
        var exc = thread.Uncaught!;
        var text = new StringBuilder();
        if (thread.Object is not null)
        {
            text.Append("Exception in thread ").Append(thread.Name).Append(":\n");
        }

        text.Append("Traceback (most recent call last):\n");
        foreach (var (_, code, pc) in exc.Traceback)
        {
            var line = pc >= 0 && pc < code.Code.Length ? code.Code[pc].Line : -1;
            text.Append("  File \"").Append(DisplayPath.Length > 0 ? DisplayPath : code.Source.FileName)
                .Append("\", line ").Append(line).Append(", in ").Append(code.Name).Append('\n');
            if (SourceLines is not null && line >= 1 && line <= SourceLines.Length)
            {
                text.Append("    ").Append(SourceLines[line - 1].Trim()).Append('\n');
            }
        }

        var message = PyFormat.Str(PyValue.FromObject(exc));
        text.Append(exc.Type.Name).Append(message.Length > 0 ? ": " + message : string.Empty).Append('\n');
        WriteError(text.ToString());
    }
}
