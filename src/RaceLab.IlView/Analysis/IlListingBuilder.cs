using System.Reflection;
using System.Reflection.Metadata;
using RaceLab.IlView.Decoding;
using RaceLab.IlView.Metadata;

namespace RaceLab.IlView.Analysis;

/// <summary>Lays the decoded method out as ildasm does: header, locals, labelled instructions, try/finally blocks.</summary>
internal static class IlListingBuilder
{
    public static IlListing Build(ExperimentAssembly assembly, StrategyMethod method)
    {
        var reader = assembly.Reader;
        var handle = assembly.Find(method);
        var definition = reader.GetMethodDefinition(handle);
        var body = assembly.Body(handle);
        var instructions = IlDecoder.Decode(reader, body);
        var analysis = IlAnalysis.Analyze(instructions);
        var (verdict, windowSize, sentence) = IlExplainer.Explain(analysis);

        var codeSize = body.GetILBytes()!.Length;
        var lines = new List<ListingLine>
        {
            ListingLine.Plain(Header(reader, definition)),
            ListingLine.Plain("{"),
            ListingLine.Plain($"  // Code size {codeSize} (0x{codeSize:x})"),
            ListingLine.Plain($"  .maxstack  {body.MaxStack}"),
        };
        if (!body.LocalSignature.IsNil)
        {
            var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(IlTypeNameProvider.Instance, null);
            var init = body.LocalVariablesInitialized ? "init " : string.Empty;
            lines.Add(ListingLine.Plain($"  .locals {init}({string.Join(", ", locals.Select((type, i) => $"{type} V_{i}"))})"));
        }

        var depth = 1;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            OpenAndCloseBlocks(body, instruction.Offset, lines, ref depth);
            var indent = new string(' ', depth * 2);
            lines.Add(new ListingLine(
                $"{indent}{instruction.Label}:  {instruction.Text}",
                analysis.Accesses[i],
                analysis.Notes[i],
                analysis.InUnprotectedWindow(i),
                analysis.InLoop(i)));
        }

        OpenAndCloseBlocks(body, codeSize, lines, ref depth);
        lines.Add(ListingLine.Plain($"}} // end of method {method.TypeName}::{method.MethodName}"));
        return new IlListing(method.IlName, lines, verdict, windowSize, sentence);
    }

    private static void OpenAndCloseBlocks(MethodBodyBlock body, int offset, List<ListingLine> lines, ref int depth)
    {
        foreach (var region in body.ExceptionRegions.Where(r => r.HandlerOffset + r.HandlerLength == offset))
        {
            depth--;
            lines.Add(ListingLine.Plain($"{new string(' ', depth * 2)}}}  // end handler"));
        }

        foreach (var region in body.ExceptionRegions.Where(r => r.TryOffset + r.TryLength == offset))
        {
            var indent = new string(' ', (depth - 1) * 2);
            lines.Add(ListingLine.Plain($"{indent}}}  // end .try"));
            lines.Add(ListingLine.Plain($"{indent}{HandlerKind(region)}"));
            lines.Add(ListingLine.Plain($"{indent}{{"));
        }

        foreach (var region in body.ExceptionRegions.Where(r => r.TryOffset == offset).OrderByDescending(r => r.TryLength))
        {
            var indent = new string(' ', depth * 2);
            lines.Add(ListingLine.Plain($"{indent}.try"));
            lines.Add(ListingLine.Plain($"{indent}{{"));
            depth++;
        }
    }

    private static string HandlerKind(ExceptionRegion region) => region.Kind switch
    {
        ExceptionRegionKind.Finally => "finally",
        ExceptionRegionKind.Fault => "fault",
        ExceptionRegionKind.Filter => "filter",
        _ => "catch",
    };

    private static string Header(MetadataReader reader, MethodDefinition definition)
    {
        var attributes = definition.Attributes;
        var access = (attributes & MethodAttributes.MemberAccessMask) switch
        {
            MethodAttributes.Public => "public",
            MethodAttributes.Private => "private",
            MethodAttributes.Assembly => "assembly",
            MethodAttributes.Family => "family",
            _ => "privatescope",
        };
        var flags = access
            + (attributes.HasFlag(MethodAttributes.HideBySig) ? " hidebysig" : string.Empty)
            + (attributes.HasFlag(MethodAttributes.Static) ? " static" : string.Empty);
        var signature = definition.DecodeSignature(IlTypeNameProvider.Instance, null);
        var names = definition.GetParameters()
            .Select(reader.GetParameter)
            .Where(p => p.SequenceNumber > 0)
            .ToDictionary(p => p.SequenceNumber, p => reader.GetString(p.Name));
        var parameters = signature.ParameterTypes.Select((type, i) => names.TryGetValue(i + 1, out var name) ? $"{type} {name}" : type);
        var implementation = definition.ImplAttributes.HasFlag(MethodImplAttributes.NoInlining) ? " noinlining" : string.Empty;
        return $".method {flags} {signature.ReturnType} {reader.GetString(definition.Name)}({string.Join(", ", parameters)}) cil managed{implementation}";
    }
}
