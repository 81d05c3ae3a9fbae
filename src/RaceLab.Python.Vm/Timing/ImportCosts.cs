namespace RaceLab.Python.Vm.Timing;

/// <summary>
/// What a first import costs real CPython beyond the interpreter's start-up (ns): reading, unmarshalling and
/// running the module and the dependencies it brings (concurrent.futures pulls in logging, weakref, types...).
/// `threading` costs nothing extra: every program of the measured corpus imports it, so its cost is part of
/// <see cref="CostModel.ProcessOverhead"/>. Measured with `python -X importtime -c "import threading, M"`
/// (cumulative µs of M's line, median of 9 runs, 2-vCPU VM, 2026-12-07; the host was busy, ±30%).
/// </summary>
internal static class ImportCosts
{
    public static IReadOnlyDictionary<string, double> For(PythonVersion version) => version switch
    {
        PythonVersion.Py39 => Table(queue: 600, futures: 16_300, random: 2_950),
        PythonVersion.Py310 => Table(queue: 1_540, futures: 17_650, random: 3_280),
        PythonVersion.Py311 => Table(queue: 1_170, futures: 12_370, random: 0),
        PythonVersion.Py312 => Table(queue: 1_540, futures: 22_390, random: 9_660),
        _ => Table(queue: 1_500, futures: 20_240, random: 7_840),
    };

    // random: median of 5 runs, 2026-12-07 14:50 UTC on a busy host; 3.11's site (the setuptools hook
    // pyenv's build installs) already imports random at start-up, so a program's import costs it nothing there.
    private static Dictionary<string, double> Table(double queue, double futures, double random) => new(StringComparer.Ordinal)
    {
        ["queue"] = queue * 1_000,
        ["concurrent.futures"] = futures * 1_000,
        ["random"] = random * 1_000,
    };
}
