using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Playbooks.Core.Authoring;

/// <summary>
/// Writes a front-matter string the way YamlDotNet writes YAML, so any YAML reader gets it back unchanged: plain when
/// that is safe, quoted otherwise. Titles pasted from articles contain colons, quotes and leading brackets often
/// enough to matter, and "true" or "618" would be read as a boolean and a number. Thread-safe.
/// </summary>
public static class YamlScalar
{
    // The value is written as the only item of a flow sequence ("[…]"), where a comma or a bracket also ends a plain
    // scalar: the text is then safe both after "key: " and inside "[a, b]", and always on one line.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithEventEmitter(next => new FlowSequences(next))
        .Build();

    private static readonly EmitterSettings OneLine = new(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, newLine: "\n");

    public static string Write(string value)
    {
        using var writer = new StringWriter();
        Serializer.Serialize(new Emitter(writer, OneLine), new[] { value });
        // "[value]\n" → "value"
        return writer.ToString().TrimEnd('\n')[1..^1];
    }

    private sealed class FlowSequences(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            eventInfo.Style = YamlDotNet.Core.Events.SequenceStyle.Flow;
            base.Emit(eventInfo, emitter);
        }
    }
}
