using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>setattr(obj, name, value) on an instance whose class sets attributes in Python.</summary>
internal sealed partial class Machine
{
    /// <summary>The class's own __setattr__, or the property's setter, with its arguments; null when the attribute is stored natively.</summary>
    private (PyFunction Setter, PyValue[] Args)? PythonSetter(ReadOnlySpan<PyValue> args)
    {
        if (args[0].Ref is not PyInstance { Class.HasProperties: true } || !args[1].IsString)
        {
            return null;
        }

        if (SpecialOf(args[0], "__setattr__") is { } setAttr)
        {
            return (setAttr, [.. args]);
        }

        if (PropertyOf(args[0], args[1].String) is not { } property)
        {
            return null;
        }

        return property.Setter is { } setter
            ? (setter, [args[0], args[2]])
            : throw NoSetter(args[0], args[1].String);
    }

    /// <summary>Assigning a property that has no setter, in the words of the version.</summary>
    private PythonError NoSetter(PyValue owner, string name) => PythonError.Of(Tags.AttributeError, Version switch
    {
        Python.PythonVersion.Py39 => "can't set attribute",
        Python.PythonVersion.Py310 => $"can't set attribute '{name}'",
        _ => $"property '{name}' of '{PyOps.TypeOf(owner).Name}' object has no setter",
    });
}
