namespace RaceLab.Explorer.Sampling;

/// <summary>
/// The Wilson score interval for a proportion (95%): unlike the normal approximation it stays inside [0, 1]
/// and is not zero-width when an outcome was seen in none or all of the schedules.
/// </summary>
public readonly record struct WilsonInterval(double Low, double High)
{
    private const double Z = 1.959963984540054;

    public static WilsonInterval Of(long hits, long trials)
    {
        if (trials <= 0)
        {
            return new WilsonInterval(0, 1);
        }

        var p = (double)hits / trials;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / trials);
        var centre = (p + (z2 / (2 * trials))) / denominator;
        var half = Z * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4.0 * trials * trials))) / denominator;
        return new WilsonInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
