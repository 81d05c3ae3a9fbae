using System.Runtime;
using System.Runtime.InteropServices;

namespace RaceLab.Experiment.Environment;

/// <summary>The machine and runtime settings that decide whether and how a race can show.</summary>
/// <param name="LogicalCores">Logical cores this process may use.</param>
/// <param name="Runtime">The .NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="OperatingSystem">The operating system's description.</param>
/// <param name="Architecture">The process architecture (X64, Arm64, ...).</param>
/// <param name="TieredCompilation">Whether methods start in tier 0 and are recompiled when hot.</param>
/// <param name="QuickJitForLoops">Whether methods with loops also start in tier 0 (and reach optimised code by OSR).</param>
/// <param name="TieredPgo">Whether tier 1 code is compiled with profile data gathered in an instrumented tier.</param>
/// <param name="ReadyToRun">Whether precompiled framework code is used.</param>
public sealed record EnvironmentInfo(
    int LogicalCores,
    string Runtime,
    string OperatingSystem,
    string Architecture,
    JitSetting TieredCompilation,
    JitSetting QuickJitForLoops,
    JitSetting TieredPgo,
    JitSetting ReadyToRun)
{
    /// <summary>
    /// The garbage collector this process runs: workstation or server, and whether it collects in the
    /// background (concurrent) or stops the threads for every collection (racelab's runtimeconfig asks for
    /// server and non-concurrent: explore keeps hundreds of thousands of states alive).
    /// </summary>
    public string GarbageCollector { get; init; } =
        $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {(GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent")}";

    /// <summary>Reads the current process's environment.</summary>
    public static EnvironmentInfo Capture() => new(
        System.Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        JitSetting.Resolve("TieredCompilation", "System.Runtime.TieredCompilation", defaultValue: true),
        JitSetting.Resolve("TC_QuickJitForLoops", "System.Runtime.TieredCompilation.QuickJitForLoops", defaultValue: true),
        JitSetting.Resolve("TieredPGO", "System.Runtime.TieredPGO", defaultValue: true),
        JitSetting.Resolve("ReadyToRun", appContextName: null, defaultValue: true));
}
