namespace Archive.Core.Extraction;

/// <summary>Layout hints an extractor can give about a block; the structurer decides what the block is.</summary>
[Flags]
public enum BlockStyle
{
    None = 0,

    /// <summary>Set in bold type (PDF font weight, HTML &lt;b&gt;/&lt;strong&gt;).</summary>
    Bold = 1,

    /// <summary>Centred on the page.</summary>
    Centered = 2,

    /// <summary>Marked as a heading by the source format (HTML h2–h6, Markdown #).</summary>
    Heading = 4,

    /// <summary>Marked as the title by the source format (HTML h1, a Markdown # at the top).</summary>
    Title = 8,

    /// <summary>Larger type than the body text.</summary>
    Large = 16,
}
