using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using RaceLab.Experiment.Strategies;

namespace RaceLab.IlView.Metadata;

/// <summary>RaceLab.Experiment's assembly file, opened for reading its metadata and method bodies (never loaded for reflection).</summary>
public sealed class ExperimentAssembly : IDisposable
{
    private readonly PEReader _peReader;

    private ExperimentAssembly(string path)
    {
        Path = path;
        _peReader = new PEReader(File.OpenRead(path));
        Reader = _peReader.GetMetadataReader();
    }

    /// <summary>The assembly file.</summary>
    public string Path { get; }

    /// <summary>Its metadata.</summary>
    public MetadataReader Reader { get; }

    /// <summary>The file name of the assembly that defines the strategies.</summary>
    public static string FileName { get; } = typeof(StrategyKind).Assembly.GetName().Name + ".dll";

    /// <summary>Opens the assembly that defines the strategies (the one <c>racelab run</c> executes).</summary>
    /// <remarks>
    /// It is read from the application's folder, not from the loaded assembly's location: the Native AOT build has
    /// the strategies compiled into its executable, and its publish puts the assembly file beside it for this
    /// (RaceLab.Cli.csproj).
    /// </remarks>
    public static ExperimentAssembly Open() => Open(System.IO.Path.Combine(AppContext.BaseDirectory, FileName));

    /// <summary>Opens an assembly file.</summary>
    public static ExperimentAssembly Open(string path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new IlViewException($"cannot read the IL: the assembly file '{path}' is not there (a single-file publish leaves it out)");
        }

        return new ExperimentAssembly(path);
    }

    /// <summary>Finds the method definition of a strategy's loop by name.</summary>
    public MethodDefinitionHandle Find(StrategyMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        foreach (var typeHandle in Reader.TypeDefinitions)
        {
            var type = Reader.GetTypeDefinition(typeHandle);
            if (Reader.StringComparer.Equals(type.Name, method.TypeName) &&
                Reader.StringComparer.Equals(type.Namespace, StrategyMethod.Namespace))
            {
                foreach (var methodHandle in type.GetMethods())
                {
                    if (Reader.StringComparer.Equals(Reader.GetMethodDefinition(methodHandle).Name, method.MethodName))
                    {
                        return methodHandle;
                    }
                }
            }
        }

        throw new IlViewException($"{method.IlName} is not in {Path}");
    }

    /// <summary>The IL body of a method.</summary>
    public MethodBodyBlock Body(MethodDefinitionHandle handle)
    {
        var definition = Reader.GetMethodDefinition(handle);
        return definition.RelativeVirtualAddress == 0
            ? throw new IlViewException($"{Reader.GetString(definition.Name)} has no IL body")
            : _peReader.GetMethodBody(definition.RelativeVirtualAddress);
    }

    /// <inheritdoc/>
    public void Dispose() => _peReader.Dispose();
}
