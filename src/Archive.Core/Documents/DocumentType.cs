namespace Archive.Core.Documents;

/// <summary>The kinds of Bali Process outcome document the archive distinguishes.</summary>
public enum DocumentType
{
    Other,
    CoChairsStatement,
    Declaration,
    Framework,
    Strategy,
}
