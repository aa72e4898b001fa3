using Archive.Api.Hosting;
using Archive.Core.FollowUp;
using Archive.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Api.FollowUp;

/// <summary>
/// The follow-up register's database: <c>Archive:DataPath</c> resolved against the content root like <c>Index:Path</c>,
/// refused at start when it lies inside the index folder (generations are replaced; the register must outlive them),
/// and created and migrated before the host serves.
/// </summary>
internal static class FollowUpExtensions
{
    public static WebApplicationBuilder AddFollowUpRegister(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FollowUpOptions>()
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.DataPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataPath)))
            .Validate<IOptions<IndexOptions>>((options, index) => !IsInside(options.DataPath, index.Value.Path),
                "Archive:DataPath must not lie inside Index:Path: index generations are replaced, the follow-up register must outlive them")
            .ValidateOnStart();
        if (!OpenApiGeneration.IsRunning)
        {
            builder.Services.AddHostedService<FollowUpStartup>();
        }

        return builder;
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
