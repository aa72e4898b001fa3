using Microsoft.OpenApi;

namespace Archive.Api.Hosting;

/// <summary>
/// A response sent in more than one shape (JSON or CSV; a citation as text or as CSL-JSON). <c>Produces</c> keeps
/// one schema per status, the last declared, so the other media types are added to the document here.
/// </summary>
internal static class AlternativeResponses
{
    public static RouteHandlerBuilder AlsoProduces<T>(this RouteHandlerBuilder builder, int status, params string[] mediaTypes) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(key, out var response) is not true || response is not OpenApiResponse declared)
            {
                return;
            }

            declared.Content ??= new Dictionary<string, OpenApiMediaType>();
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            foreach (var mediaType in mediaTypes)
            {
                declared.Content[mediaType] = new OpenApiMediaType { Schema = schema };
            }
        });
}
