namespace RaceLab.Check.Rules;

/// <summary>What a read-modify-write window updates: the rule that reports it depends on it.</summary>
public enum WindowKind
{
    Global,
    Attribute,
    Item,
    CheckThenAct,
}
