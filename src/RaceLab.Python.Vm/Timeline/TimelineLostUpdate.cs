using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Python.Vm.Timeline;

/// <summary>A lost-update event on the timeline: the lane of the thread whose stale store erased others' updates, and its story.</summary>
public sealed record TimelineLostUpdate(int Thread, LostUpdateStory Story);
