using System.Reflection;

namespace Archive.Api.Hosting;

/// <summary>The build starts the host once (dotnet-getdocument) to write openapi.json: it must not touch the index or the database.</summary>
internal static class OpenApiGeneration
{
    public static bool IsRunning => Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
