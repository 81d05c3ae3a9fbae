using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>Per library module: whether the program imported it yet (its first import is charged).</summary>
    private readonly bool[] _imported;

    private static Dictionary<string, PyValue> ModuleTable(LoadedModule module)
    {
        var modules = Builtins.Modules();
        modules["sys"].As<PyModule>().Attributes["version_info"] = VersionInfo(module.Main.Version);
        foreach (var library in module.Libraries)
        {
            modules[library.Name] = PyValue.FromObject(new PyModule(library.Name, []) { Library = library });
        }

        // A package's submodules are its attributes once imported; they exist from the start here, and are
        // reachable only through an import that ran their body first.
        foreach (var (name, value) in modules)
        {
            var dot = name.LastIndexOf('.');
            if (dot > 0 && modules.TryGetValue(name[..dot], out var parent))
            {
                parent.As<PyModule>().Attributes[name[(dot + 1)..]] = value;
            }
        }

        return modules;
    }

    /// <summary>
    /// sys.version_info of the modelled release, as a plain tuple (major, minor, micro, releaselevel, serial):
    /// comparisons and indexing work; the named fields (version_info.minor) are not modelled.
    /// </summary>
    private static PyValue VersionInfo(PythonVersion version)
    {
        var (minor, micro) = version switch
        {
            PythonVersion.Py39 => (9, 18),
            PythonVersion.Py310 => (10, 13),
            PythonVersion.Py311 => (11, 7),
            PythonVersion.Py312 => (12, 1),
            _ => (13, 0),
        };
        return PyValue.FromObject(new PyTuple([PyValue.FromInt(3), PyValue.FromInt(minor), PyValue.FromInt(micro),
            PyValue.FromString("final"), PyValue.FromInt(0)]));
    }

    /// <summary>A module attribute: a native module's, or a Python module's global (null when unset).</summary>
    private PyValue ModuleAttribute(PyModule module, string name)
    {
        if (module.Library is { } library)
        {
            return library.Slots.TryGetValue(name, out var slot) ? _globals[slot] : default;
        }

        return (module.Name, name) switch
        {
            ("sys", "stdout") => _sysStdout,
            ("sys", "stderr") => _sysStderr,
            _ => module.Attributes.TryGetValue(name, out var value) ? value : default,
        };
    }

    /// <summary>
    /// Runs every library module's body once, before the program starts, on a thread of its own outside the
    /// schedule: their bodies only define classes and functions, so running them early changes nothing a
    /// program can observe, and keeps them out of every interleaving. What the real import costs is charged
    /// where the program imports (<see cref="ChargeImport"/>).
    /// </summary>
    private void InitializeLibraries()
    {
        if (Module.Libraries.Count == 0)
        {
            return;
        }

        var importer = new SimThread(-1, "import")
        {
            LoadedSeq = new long[_globals.Length],
            LoadedDepth = new long[_globals.Length],
            LoadedAt = new Accounting.LoadRecord[_globals.Length],
            SeenSeq = new long[_globals.Length],
        };
        Array.Fill(importer.LoadedSeq, -1);
        var now = Now;
        foreach (var library in DependenciesFirst())
        {
            var frame = importer.RentFrame();
            frame.Reset(library.Body, isModule: true);
            importer.Top = frame;
            if (Run(importer, long.MaxValue) != RunExit.Finished || importer.Uncaught is not null)
            {
                throw new InvalidOperationException($"RaceLab's library module {library.Name} failed to initialize: {importer.Uncaught?.Type.Name}");
            }
        }

        Now = now;
    }

    /// <summary>The library modules in an order where each comes after the ones it imports.</summary>
    private List<LibraryModule> DependenciesFirst()
    {
        var order = new List<LibraryModule>();
        var seen = new HashSet<LibraryModule>();
        void Visit(LibraryModule library)
        {
            if (!seen.Add(library))
            {
                return;
            }

            foreach (var name in library.Imports)
            {
                if (Module.Library(name) is { } dependency && dependency != library)
                {
                    Visit(dependency);
                }
            }

            order.Add(library);
        }

        foreach (var library in Module.Libraries)
        {
            Visit(library);
        }

        return order;
    }

    /// <summary>IMPORT_NAME: the first import of a library module costs what the real one does.</summary>
    private void ChargeImport(SimThread thread, string name, PyValue fromList)
    {
        foreach (var wanted in ModulesToImport(name, fromList))
        {
            if (Module.Library(wanted) is { } library && !_imported[library.Index])
            {
                _imported[library.Index] = true;
                Advance(thread, Costs.ModuleImport(library.Name));
            }
        }
    }

    /// <summary>The modules an import needs, parents first: each package on the path, then from-list submodules.</summary>
    private static IEnumerable<string> ModulesToImport(string name, PyValue fromList)
    {
        var parts = name.Split('.');
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join('.', parts[..i]);
        }

        if (fromList.Ref is PyTuple names)
        {
            foreach (var item in names.Items)
            {
                if (item.IsString)
                {
                    yield return name + "." + item.String;
                }
            }
        }
    }

    /// <summary>
    /// IMPORT_FROM (ceval's import_from): the module's attribute, else its submodule of that name, else
    /// ImportError naming the module and where it lives (a module written in C has no file: "unknown location").
    /// </summary>
    private PyValue ImportFrom(PyValue from, string name)
    {
        try
        {
            return GetAttribute(from, name);
        }
        catch (PythonError e) when (e.Exception.Type.IsSubtypeOf(Tags.AttributeError) && from.Ref is PyModule module)
        {
            if (_modules.TryGetValue(module.Name + "." + name, out var submodule))
            {
                return submodule;
            }

            var location = module.Library is { } library ? library.Body.Source.FileName : "unknown location";
            throw PythonError.Of(Tags.ImportError, $"cannot import name '{name}' from '{module.Name}' ({location})");
        }
    }

    /// <summary>What IMPORT_NAME pushes: the top package for <c>import a.b</c>, the module itself with a from-list.</summary>
    private PyValue ImportResult(string name, PyValue fromList)
    {
        if (!_modules.TryGetValue(name, out var module))
        {
            throw PythonError.Of(Tags.ImportError, $"No module named '{name}'");
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return fromList.IsNone && dot > 0 ? _modules[name[..dot]] : module;
    }
}
