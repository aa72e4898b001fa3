using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Archive.Core.FollowUp;

/// <summary>
/// The follow-up register in a SQLite file (<see cref="FollowUpOptions.DatabasePath"/>, WAL mode, so readers do not
/// wait for a writer). Records are appended, never updated: the history is the table, the current record the newest row.
/// </summary>
public sealed class FollowUpStore(IOptions<FollowUpOptions> options)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.DatabasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    /// <summary>Creates the data folder and the database when missing and runs the migration steps it has not had.</summary>
    /// <returns>The schema version the database is now at.</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.DataPath);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var read = new SqliteCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction);
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        for (var step = version; step < FollowUpMigrations.Steps.Count; step++)
        {
            await using var migrate = new SqliteCommand(FollowUpMigrations.Steps[step], connection, transaction);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new SqliteCommand("INSERT INTO schema_version (version) VALUES ($version)", connection, transaction);
            record.Parameters.AddWithValue("$version", step + 1);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return FollowUpMigrations.Steps.Count;
    }

    public async Task AppendAsync(FollowUpEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new SqliteCommand(
            """
            INSERT INTO follow_up (lineage, conference, commitment_id, status, note, evidence, by_key, at)
            VALUES ($lineage, $conference, $commitment, $status, $note, $evidence, $by, $at)
            """, connection);
        command.Parameters.AddWithValue("$lineage", entry.Key.Lineage);
        command.Parameters.AddWithValue("$conference", entry.Key.Conference);
        command.Parameters.AddWithValue("$commitment", entry.CommitmentId);
        command.Parameters.AddWithValue("$status", entry.Status.ToCode());
        command.Parameters.AddWithValue("$note", entry.Note);
        command.Parameters.AddWithValue("$evidence", JsonSerializer.Serialize(entry.Evidence, FollowUpJson.Default.IReadOnlyListString));
        command.Parameters.AddWithValue("$by", entry.By);
        command.Parameters.AddWithValue("$at", entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every write of one key, oldest first.</summary>
    public Task<IReadOnlyList<FollowUpEntry>> HistoryAsync(FollowUpKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return QueryAsync("WHERE lineage = $lineage AND conference = $conference ORDER BY id", command =>
        {
            command.Parameters.AddWithValue("$lineage", key.Lineage);
            command.Parameters.AddWithValue("$conference", key.Conference);
        }, cancellationToken);
    }

    /// <summary>The current record of every key, by lineage and conference.</summary>
    public Task<IReadOnlyList<FollowUpEntry>> CurrentAsync(CancellationToken cancellationToken) =>
        QueryAsync("WHERE id IN (SELECT MAX(id) FROM follow_up GROUP BY lineage, conference) ORDER BY lineage, conference", _ => { }, cancellationToken);

    private async Task<IReadOnlyList<FollowUpEntry>> QueryAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new SqliteCommand(
            "SELECT lineage, conference, commitment_id, status, note, evidence, by_key, at FROM follow_up " + where, connection);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<FollowUpEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FollowUpEntry(
                new FollowUpKey(reader.GetString(0), reader.GetInt32(1)),
                reader.GetString(2),
                FollowUpStatuses.Parse(reader.GetString(3)),
                reader.GetString(4),
                JsonSerializer.Deserialize(reader.GetString(5), FollowUpJson.Default.IReadOnlyListString) ?? [],
                reader.GetString(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return entries;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
