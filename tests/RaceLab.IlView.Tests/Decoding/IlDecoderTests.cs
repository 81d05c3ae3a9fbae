using System.Reflection;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Decoding;
using RaceLab.IlView.Metadata;

namespace RaceLab.IlView.Tests.Decoding;

/// <summary>Checks the metadata decoder against an independent oracle: the runtime's own reflection over the same method.</summary>
public class IlDecoderTests
{
    public static TheoryData<StrategyKind> Kinds() => [.. StrategyCatalog.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Decode_Strategy_CoversEveryIlByteAndResolvesTokensAsReflectionDoes(StrategyKind kind)
    {
        var method = StrategyMethod.For(kind);
        using var assembly = ExperimentAssembly.Open();
        var body = assembly.Body(assembly.Find(method));
        var instructions = IlDecoder.Decode(assembly.Reader, body);

        var reflected = typeof(StrategyKind).Assembly.GetType($"{StrategyMethod.Namespace}.{method.TypeName}")!
            .GetMethod(method.MethodName, BindingFlags.Public | BindingFlags.Static)!;
        var il = reflected.GetMethodBody()!.GetILAsByteArray()!;
        Assert.Equal(il, body.GetILBytes());

        // Every instruction starts where the previous one ended, and the last one ends at the end of the body.
        Assert.Equal(0, instructions[0].Offset);
        Assert.Equal("ret", instructions[^1].OpCode);

        foreach (var instruction in instructions.Where(i => i.Member is not null))
        {
            // The 4-byte token follows the opcode byte(s) for every field/method/type operand.
            var opSize = il[instruction.Offset] == 0xFE ? 2 : 1;
            var token = BitConverter.ToInt32(il, instruction.Offset + opSize);
            var member = reflected.Module.ResolveMember(token)!;
            if (member is Type type)
            {
                Assert.EndsWith(type.FullName!.Replace('+', '/'), instruction.Member!, StringComparison.Ordinal);
                continue;
            }

            Assert.Contains($"::{member.Name}", instruction.Member!, StringComparison.Ordinal);
            var declaring = member.DeclaringType!;
            Assert.Contains(declaring.Name, instruction.Member!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decode_BranchTargets_AreInstructionOffsets()
    {
        using var assembly = ExperimentAssembly.Open();
        foreach (var kind in StrategyCatalog.All)
        {
            var instructions = IlDecoder.Decode(assembly.Reader, assembly.Body(assembly.Find(StrategyMethod.For(kind))));
            var offsets = instructions.Select(i => i.Offset).ToHashSet();
            Assert.All(instructions.SelectMany(i => i.BranchTargets), target => Assert.Contains(target, offsets));
        }
    }
}
