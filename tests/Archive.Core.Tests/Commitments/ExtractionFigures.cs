namespace Archive.Core.Tests.Commitments;

/// <summary>One language's extraction figures against labelled paragraphs, each a fraction in [0, 1].</summary>
internal sealed record ExtractionFigures(string Language, double Precision, double Recall, double F1, double Strength, double Addressee);
