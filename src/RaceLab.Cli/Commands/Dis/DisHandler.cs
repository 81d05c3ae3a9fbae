using RaceLab.Cli.Infrastructure;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;
using RaceLab.Python.Syntax;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>
/// Compiles the program for each requested version and prints its disassembly: raw text, byte for byte what
/// real <c>dis</c> prints (never through markup), the annotated switch-point view, or JSON.
/// </summary>
internal static class DisHandler
{
    public static int Execute(DisSettings settings, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(compile);
        var (versions, error) = settings.Validate();
        if (error is not null)
        {
            return Fail(console, error);
        }

        string source;
        try
        {
            source = File.ReadAllText(settings.ProgramPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(console, $"{settings.ProgramPath}: {exception.Message}");
        }

        var fileName = Path.GetFileName(settings.ProgramPath);
        var modules = new List<CodeObject>();
        foreach (var version in versions)
        {
            try
            {
                modules.Add(compile(source, fileName, version));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return Fail(console, Describe(exception));
            }
        }

        var selections = modules.Select(m => (Module: m, Codes: Select(m, settings.Function))).ToList();
        if (settings.Function is { } function && selections.Any(s => s.Codes.Count == 0))
        {
            var names = string.Join(", ", CodeSelection.Names(modules[0]));
            return Fail(console, $"{fileName} has no function named {function} (code objects: {names})");
        }

        if (settings.Json)
        {
            DisJsonWriter.Write(console.Profile.Out.Writer, settings.ProgramPath, selections, settings.SwitchPoints);
            return ExitCodes.Ok;
        }

        var many = selections.Count > 1;
        foreach (var (module, codes) in selections)
        {
            if (settings.SwitchPoints)
            {
                new SwitchPointView(console).Render(module, codes, includeModule: settings.Function is null);
            }
            else
            {
                WriteRaw(console, many, module.Version, codes);
            }
        }

        if (settings.SwitchPoints && many)
        {
            VerdictMatrix.Render(console, selections, includeModule: settings.Function is null);
        }

        return ExitCodes.Ok;
    }

    // The exact text: "Disassembly of NAME:", dis.dis(code), a blank line, as golden.py records it.
    private static void WriteRaw(IAnsiConsole console, bool heading, PythonVersion version, IReadOnlyList<CodeObject> codes)
    {
        var writer = console.Profile.Out.Writer;
        if (heading)
        {
            writer.Write($"=== CPython {version.Label()} ===\n");
        }

        foreach (var code in codes)
        {
            writer.Write($"Disassembly of {code.Name}:\n");
            writer.Write(Disassembler.Disassemble(code));
            writer.Write('\n');
        }

        writer.Flush();
    }

    private static IReadOnlyList<CodeObject> Select(CodeObject module, string? function) =>
        function is null ? [.. module.NestedCode] : CodeSelection.Named(module, function);

    // A syntax error describes itself as "file:line:column: message"; other failures by their Message.
    private static string Describe(Exception exception) =>
        exception is PythonSyntaxException syntax ? syntax.Describe() : exception.Message;

    private static int Fail(IAnsiConsole console, string message)
    {
        ErrorReporter.Usage(console, message);
        return ExitCodes.UsageError;
    }
}
