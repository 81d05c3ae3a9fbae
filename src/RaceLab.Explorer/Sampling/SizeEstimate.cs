namespace RaceLab.Explorer.Sampling;

/// <summary>How big a program's exhaustive search would be, from one run of it (see <see cref="SizeProbe"/>).</summary>
/// <param name="Ended">The probe runs ended within the cap.</param>
/// <param name="Instructions">Instructions the run took (the cap when it did not end).</param>
/// <param name="Threads">Threads it created, the main thread included.</param>
/// <param name="Log10States">
/// log10 of the states an interleaving search meets: the product over threads of (instructions + 1), each
/// thread's position in its own run being one coordinate of a state, divided by the orders of threads
/// running the same function (symmetry). An estimate: steps that touch nothing shared are taken at once,
/// so the real count is lower, but it grows the same way (10 threads × 2 load-add-store increments on
/// 3.9: estimated 5.8 × 10^7, searched 4.1 × 10^7).
/// </param>
public sealed record SizeEstimate(bool Ended, long Instructions, int Threads, double Log10States);
