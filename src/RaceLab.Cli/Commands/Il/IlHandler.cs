using System.Runtime.CompilerServices;
using RaceLab.Cli.Infrastructure;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Native;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Il;

/// <summary>Decodes the selected strategies' IL and, with --native, collects their machine code from a child racelab.</summary>
internal static class IlHandler
{
    private static readonly TimeSpan _childTimeout = TimeSpan.FromMinutes(2);

    public static int Execute(IlSettings settings, IAnsiConsole console) =>
        Execute(settings, console, kinds => RuntimeFeature.IsDynamicCodeSupported
            ? NativeListings.Collect(kinds, ChildFor(kinds), _childTimeout)
            : throw new IlViewException(NoJit));

    // The machine code comes from the JIT's own disassembler (DOTNET_JitDisasm) in a child racelab; a Native AOT
    // racelab and its children have no JIT, so there is nothing to capture.
    private const string NoJit = "--native shows what the JIT compiles, and this racelab is a Native AOT build without a JIT; " +
        "run `racelab il --native` from the framework-dependent build (dotnet run --project src/RaceLab.Cli -c Release -- il --native)";

    /// <summary>Runs the command with a given way of obtaining machine code (tests substitute it).</summary>
    public static int Execute(
        IlSettings settings,
        IAnsiConsole console,
        Func<IReadOnlyList<(StrategyKind Kind, Verdict Verdict)>, IReadOnlyList<NativeListing>> native)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(native);
        try
        {
            var il = IlListings.For(settings.Strategies);
            IReadOnlyList<NativeListing>? machineCode = null;
            if (settings.Native)
            {
                var kinds = settings.Strategies.Zip(il, (kind, listing) => (kind, listing.Verdict)).ToList();
                machineCode = settings.Json || !console.Profile.Capabilities.Interactive
                    ? native(kinds)
                    : console.Status().Start("Running the loops under the JIT's disassembler…", _ => native(kinds));
            }

            if (settings.Json)
            {
                IlJsonWriter.Write(settings.Strategies, il, machineCode, console.Profile.Out.Writer);
            }
            else
            {
                IlReport.Render(console, settings.Strategies, il, machineCode);
            }

            return ExitCodes.Ok;
        }
        catch (IlViewException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    /// <summary>racelab itself, running the loops long enough (120 calls each) for tiered compilation to reach Tier1.</summary>
    internal static ChildCommand ChildFor(IReadOnlyList<(StrategyKind Kind, Verdict Verdict)> kinds) => SelfCommand.With(
        "run",
        "--strategy",
        string.Join(',', kinds.Select(k => StrategyCatalog.NameOf(k.Kind))),
        "--threads",
        "2",
        "--iterations",
        "100000",
        "--trials",
        "60",
        "--json");
}
