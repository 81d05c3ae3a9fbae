namespace RaceLab.Cli;

/// <summary>The exit-code contract shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything ran and every check held.</summary>
    public const int Ok = 0;

    /// <summary>The program or check failed: updates were lost under --assert, a simulated assertion failed.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or bad input: unknown option, invalid value, unsupported Python.</summary>
    public const int UsageError = 2;
}
