using RaceLab.Check.Targets;

namespace RaceLab.Check.Rules;

/// <summary>
/// What one window means on one target: whether a lock protects it, whether another thread can split it, and
/// why (the places a switch can happen, or free-threaded execution).
/// </summary>
internal sealed record TargetVerdict(CheckTarget Target, bool Locked, bool Loses, string Reason);
