using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// vars(), object.__setattr__ and a class's own __setattr__: the ways to reach an object's attributes other than
/// LOAD_ATTR and STORE_ATTR. <c>__dict__</c> itself is a <see cref="PyAttributeDict"/> view.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>vars(obj): its __dict__ (builtin_vars reads the attribute, so a TypeError names what lacks one).</summary>
    private PyValue AttributesOf(PyValue owner)
    {
        try
        {
            return GetAttribute(owner, "__dict__");
        }
        catch (PythonError e) when (e.Exception.Type.IsSubtypeOf(Tags.AttributeError))
        {
            throw PythonError.Of(Tags.TypeError, "vars() argument must have __dict__ attribute");
        }
    }

    /// <summary>vars() / locals(): the calling frame's bound locals and cells as a new dict (the module's globals at module level).</summary>
    private PyValue Locals(Frame frame)
    {
        var dict = new PyDict();
        if (frame.Namespace is { } ns)
        {
            foreach (var (name, value) in ns)
            {
                dict.Items.Add(new(PyValue.FromString(name), value));
            }

            return PyValue.FromObject(dict);
        }

        if (frame.IsModule)
        {
            for (var i = 0; i < _globals.Length; i++)
            {
                if (!_globals[i].IsNull)
                {
                    dict.Items.Add(new(PyValue.FromString(Module.GlobalNames[i]), _globals[i]));
                }
            }

            return PyValue.FromObject(dict);
        }

        // The frame's slots in localsplus order: 3.9/3.10 give every cell a slot after the locals (an argument
        // that is a cell too has both, the cell later), 3.11+ only the cells that are not locals.
        var src = frame.Code.Source;
        var cells = Version <= Python.PythonVersion.Py310 ? src.CellVars : src.CellVars.Where(c => !src.VarNames.Contains(c));
        var names = src.VarNames.Concat(cells).Concat(src.FreeVars).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var value = frame.Slots[i];
            if (value.Ref is PyCell cell)
            {
                value = cell.Value;
            }

            if (!value.IsNull)
            {
                dict.Set(PyValue.FromString(names[i]), value);
            }
        }

        return PyValue.FromObject(dict);
    }

    /// <summary>object.__setattr__(obj, name, value): the store without the class's own __setattr__ (a frozen dataclass's __init__).</summary>
    private void SetAttributeDirectly(PyValue owner, PyValue name, PyValue value)
    {
        var attribute = name.IsString ? string.Intern(name.String) : throw PythonError.Of(Tags.TypeError, $"attribute name must be string, not '{PyOps.TypeOf(name).Name}'");
        if (owner.Ref is PyPlainObject)
        {
            throw NoAttributeOfPlainObject(attribute, setting: true);
        }

        if (!TrySetObjectAttribute(owner, attribute, value))
        {
            throw PythonError.Of(Tags.AttributeError, $"'{PyOps.TypeOf(owner).Name}' object attribute '{attribute}' cannot be set by the simulator");
        }
    }
}
