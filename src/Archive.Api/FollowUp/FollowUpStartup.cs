using Archive.Core.FollowUp;

namespace Archive.Api.FollowUp;

/// <summary>Creates or migrates the register's database at start, so a schema problem stops the host, not a request.</summary>
internal sealed partial class FollowUpStartup(FollowUpStore store, ILogger<FollowUpStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var version = await store.MigrateAsync(cancellationToken);
        LogReady(version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up register ready at schema version {SchemaVersion}")]
    private partial void LogReady(int schemaVersion);
}
