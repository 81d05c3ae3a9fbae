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

    /// <summary>Prints an uncaught exception the way CPython does (to the program's stderr), its chain first.</summary>
    public void ReportUncaught(SimThread thread)
    {
        var exc = thread.Uncaught!;
        var text = new StringBuilder();
        var inThread = thread.Id != 0;
        if (inThread)
        {
            text.Append("Exception in thread ").Append(thread.Name).Append(":\n");
        }

        AppendChain(text, exc, new HashSet<PyException>(ReferenceEqualityComparer.Instance), inThread);
        WriteError(text.ToString());
    }

    /// <summary>An explicit cause, else an unsuppressed context, is printed above the exception it led to.</summary>
    private void AppendChain(StringBuilder text, PyException exc, HashSet<PyException> seen, bool inThread)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            AppendChain(text, cause, seen, inThread);
            text.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            AppendChain(text, context, seen, inThread);
            text.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }

        if (exc.Traceback.Count > 0)
        {
            text.Append("Traceback (most recent call last):\n");
        }

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
        text.Append(ExceptionTypeName(exc.Type, inThread)).Append(message.Length > 0 ? ": " + message : string.Empty).Append('\n');
    }

    /// <summary>
    /// The main thread's uncaught exception is printed by C code, which on 3.9 and 3.10 names a class of the
    /// program's own with its module (<c>__main__.Empty</c>); 3.11+ and threading.excepthook (the traceback
    /// module) leave __main__ out.
    /// </summary>
    private string ExceptionTypeName(PyType type, bool inThread)
    {
        var name = type is PyClass own ? own.QualifiedName : type.Name;
        var module = type.Module;
        var mainNamed = Version <= PythonVersion.Py310 && !inThread;
        return module == "builtins" || (module == "__main__" && !mainNamed) ? name : $"{module}.{name}";
    }
}
