using Archive.Core.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Core.Extraction.Docx;

/// <summary>
/// The numbers Word prints before list paragraphs ("1.", "(a)", "iv)"), counted as Word counts them from the
/// numbering part: instances of one abstract list continue each other's count unless an instance restarts a level,
/// a level restarts when a shallower one moves on, and the level's text ("%1.", "(%2)") puts the counters together.
/// The drafter sees these numbers, not typed ones, so the paragraph's number must come from here.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances;
    private readonly Dictionary<int, AbstractNum> _abstracts;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int Instance, int Level)> _restarted = [];

    public WordNumbering(Numbering? numbering)
    {
        _instances = numbering?.Elements<NumberingInstance>()
            .Where(n => n.NumberID?.Value is not null)
            .GroupBy(n => n.NumberID!.Value)
            .ToDictionary(g => g.Key, g => g.Last()) ?? [];
        _abstracts = numbering?.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => g.Last()) ?? [];
    }

    /// <summary>
    /// Counts the paragraph in its list and gives the label Word prints before it; null for a bullet, a level without
    /// a number, or an instance the numbering part does not define.
    /// </summary>
    public string? Next(int instanceId, int level)
    {
        if (!_instances.TryGetValue(instanceId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var list))
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        var counters = CountersOf(abstractId);
        var definition = LevelOf(instance, list, level);
        if (StartOverride(instance, level) is { } restart && _restarted.Add((instanceId, level)))
        {
            counters[level] = restart - 1;
        }

        counters[level] = (counters[level] ?? Start(instance, list, level) - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var format = definition?.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None || definition?.LevelText?.Val?.Value is not { } text)
        {
            return null;
        }

        var legal = definition.IsLegalNumberingStyle is not null;
        var label = text;
        for (var shallower = 0; shallower <= level; shallower++)
        {
            var placeholder = "%" + (shallower + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (label.Contains(placeholder, StringComparison.Ordinal))
            {
                var value = counters[shallower] ?? Start(instance, list, shallower);
                var levelFormat = legal ? NumberFormatValues.Decimal : LevelOf(instance, list, shallower)?.NumberingFormat?.Val?.Value;
                label = label.Replace(placeholder, Format(value, levelFormat), StringComparison.Ordinal);
            }
        }

        return string.IsNullOrWhiteSpace(label) ? null : label.Trim();
    }

    private int?[] CountersOf(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        return counters;
    }

    /// <summary>The level's definition: the instance's own override where it has one, else the abstract list's.</summary>
    private static Level? LevelOf(NumberingInstance instance, AbstractNum list, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
        ?? list.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int? StartOverride(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;

    private static int Start(NumberingInstance instance, AbstractNum list, int level) =>
        LevelOf(instance, list, level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter)
        {
            return ListNumbers.Letter(value);
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return ListNumbers.Letter(value).ToUpperInvariant();
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return ListNumbers.Roman(value).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman)
        {
            return ListNumbers.Roman(value);
        }

        return format == NumberFormatValues.DecimalZero && value < 10 ? "0" + ListNumbers.Arabic(value) : ListNumbers.Arabic(value);
    }
}
