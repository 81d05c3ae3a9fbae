namespace RaceLab.Cli.Commands.Explore;

/// <summary>Bad usage or bad input for <c>racelab explore</c>: reported as a message, exit code 2.</summary>
internal sealed class ExploreUsageException(string message) : Exception(message);
