using System.Text;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// threading.excepthook: CPython's thread bootstrap calls it, in the failing thread, with an
/// (exc_type, exc_value, exc_traceback, thread) structure; the default (C, <c>_thread._excepthook</c>) prints
/// "Exception in thread NAME:" and the traceback. A hook the program sets runs as a Python frame of that thread.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Pushes the program's own threading.excepthook on a thread whose target raised; false to print the default.</summary>
    public bool EnterExceptHook(SimThread thread)
    {
        if (thread.Id == 0 || thread.Uncaught is not { } exc || exc.Type.IsSubtypeOf(Tags.SystemExit)
            || LibraryGlobal("threading", "excepthook") is not { Ref: PyFunction hook }
            || LibraryGlobal("threading", "ExceptHookArgs") is not { Ref: PyClass argsType })
        {
            return false;
        }

        var args = NewInstance(argsType);
        args.SetAttribute("exc_type", PyValue.FromObject(exc.Type));
        args.SetAttribute("exc_value", PyValue.FromObject(exc));
        args.SetAttribute("exc_traceback", PyValue.None);
        args.SetAttribute("thread", PyValue.FromObject(ThreadObject(thread)));
        thread.Uncaught = null;
        var frame = thread.RentFrame();
        frame.Reset(hook.Code, isModule: false);
        BindArguments(frame, hook, [PyValue.FromObject(args)], null);
        thread.Top = frame;
        return true;
    }

    /// <summary>_thread._excepthook(args): the default printout, for a program's hook that calls threading.__excepthook__.</summary>
    private void DefaultExceptHook(SimThread thread, PyValue args)
    {
        if (args.Ref is not PyInstance instance || !instance.TryGetAttribute("exc_value", out var value) || value.Ref is not PyException exc)
        {
            throw PythonError.Of(Tags.TypeError, "_thread._excepthook argument type must be ExceptHookArgs");
        }

        var name = instance.TryGetAttribute("thread", out var t) && t.Ref is PyThreadObject { Thread: { } owner } ? owner.Name : thread.Name;
        var text = new StringBuilder("Exception in thread ").Append(name).Append(":\n");
        AppendChain(text, exc, new HashSet<PyException>(ReferenceEqualityComparer.Instance), true);
        WriteError(text.ToString());
    }

    /// <summary>
    /// STORE_ATTR or setattr on a library module written in Python (<c>threading.excepthook = hook</c>): its
    /// global's slot; on sys, stdout and stderr (contextlib.redirect_stdout's assignment).
    /// </summary>
    private bool TrySetModuleGlobal(PyValue owner, string name, PyValue value)
    {
        if (owner.Ref is PyModule { Library: null, Name: "sys" } && name is "stdout" or "stderr")
        {
            if (name == "stdout")
            {
                _sysStdout = value;
            }
            else
            {
                _sysStderr = value;
            }

            return true;
        }

        if (owner.Ref is not PyModule { Library: { } library } || !library.Slots.TryGetValue(name, out var slot))
        {
            return false;
        }

        _globals[slot] = value;
        return true;
    }

    /// <summary>A library module's global, if the module is loaded and the global is set.</summary>
    private PyValue? LibraryGlobal(string module, string name)
    {
        foreach (var library in Module.Libraries)
        {
            if (library.Name == module && library.Slots.TryGetValue(name, out var slot) && !_globals[slot].IsNull)
            {
                return _globals[slot];
            }
        }

        return null;
    }
}
