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
        if (exc.Type.IsSubtypeOf(Tags.SystemExit))
        {
            // No traceback: a thread ends quietly (threading ignores SystemExit); the main thread's exit prints
            // only a message that is not an exit code.
            if (thread.Id == 0 && SystemExitCode(exc) == 1 && exc.Args is [{ IsNone: false } message])
            {
                WriteError(PyFormat.Str(message) + "\n");
            }

            return;
        }

        var text = new StringBuilder();
        var inThread = thread.Id != 0;
        if (inThread)
        {
            text.Append("Exception in thread ").Append(thread.Name).Append(":\n");
        }

        AppendChain(text, exc, new HashSet<PyException>(ReferenceEqualityComparer.Instance), inThread);
        WriteError(text.ToString());
    }

    /// <summary>A traceback's two lines for one frame: where (the program's path, or a library module's file) and the source line.</summary>
    private void AppendFrameLines(StringBuilder text, Loading.CompiledCode code, int pc)
    {
        var line = pc >= 0 && pc < code.Code.Length ? code.Code[pc].Line : -1;
        var library = code.IsLibrary;
        text.Append("  File \"").Append(library || DisplayPath.Length == 0 ? code.Source.FileName : DisplayPath)
            .Append("\", line ").Append(line).Append(", in ").Append(code.Name).Append('\n');
        var lines = library ? Loading.LibrarySources.Lines(code.Source.FileName) : SourceLines;
        if (lines is not null && line >= 1 && line <= lines.Length)
        {
            text.Append("    ").Append(lines[line - 1].Trim()).Append('\n');
        }
    }

    /// <summary>The process exit code of an uncaught SystemExit: its int argument, 0 without one, else 1.</summary>
    public static int SystemExitCode(PyException exc) => exc.Args switch
    {
        [] or [{ IsNone: true }] => 0,
        [{ IsIntegral: true } code] => (int)code.Int,
        _ => 1,
    };

    /// <summary>"prog.py:12 in transfer": where an instruction is, for reports.</summary>
    public string Where(Loading.CompiledCode code, int pc)
    {
        var line = pc >= 0 && pc < code.Code.Length ? code.Code[pc].Line : -1;
        var file = code.IsLibrary || DisplayPath.Length == 0 ? code.Source.FileName : DisplayPath;
        return $"{Path.GetFileName(file)}:{line} in {code.Name}";
    }

    /// <summary>
    /// How the program names an object: a global of its own (<c>lock_a</c>), or an attribute path from one
    /// (<c>bank.lock</c>, <c>buffer.cond._lock</c>), searched breadth first three attributes deep; null if none.
    /// </summary>
    public string? NameOf(object target)
    {
        var queue = new Queue<(object Obj, string Path, int Depth)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var slot = 0; slot < Module.ProgramGlobalCount; slot++)
        {
            if (_globals[slot].Ref is { } value && value is not PyModule and not PyType and not PyFunction)
            {
                queue.Enqueue((value, Module.GlobalNames[slot], 0));
            }
        }

        while (queue.Count > 0)
        {
            var (obj, path, depth) = queue.Dequeue();
            if (ReferenceEquals(obj, target))
            {
                return path;
            }

            if (depth == 3 || !seen.Add(obj))
            {
                continue;
            }

            IEnumerable<KeyValuePair<string, PyValue>>? attributes = obj switch
            {
                PyInstance instance => [.. instance.GetAttributes()],
                Threading.PyThreadObject { Dict: { } dict } => dict,
                _ => null,
            };
            foreach (var (name, value) in attributes ?? [])
            {
                if (value.Ref is { } child)
                {
                    queue.Enqueue((child, $"{path}.{name}", depth + 1));
                }
            }

            if (obj is PyList list)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (list.Items[i].Ref is { } item)
                    {
                        queue.Enqueue((item, $"{path}[{i}]", depth + 1));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A thread's stack as a traceback prints it, outermost frame first.</summary>
    public IReadOnlyList<string> StackOf(SimThread thread)
    {
        var frames = new List<Frame>();
        for (var f = thread.Top; f is not null; f = f.Back)
        {
            frames.Add(f);
        }

        frames.Reverse();
        var text = new StringBuilder();
        foreach (var f in frames)
        {
            AppendFrameLines(text, f.Code, Math.Max(0, f.Pc - 1));
        }

        return text.ToString().TrimEnd('\n').Split('\n');
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
            AppendFrameLines(text, code, pc);
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
