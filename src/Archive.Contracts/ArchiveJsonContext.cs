using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Contracts;

/// <summary>
/// Serializers for every response, generated at build time: no reflection over the records on the first request of
/// each type, and less work per response. The API puts it first in its resolver chain; other types (problem details)
/// fall through to the default.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(SearchQuery))]
[JsonSerializable(typeof(SearchBatchRequest))]
[JsonSerializable(typeof(SearchBatchResultResponse))]
[JsonSerializable(typeof(PrecedentResponse))]
[JsonSerializable(typeof(DraftReviewResponse))]
[JsonSerializable(typeof(DraftReviewRequest))]
[JsonSerializable(typeof(DocumentResponse))]
[JsonSerializable(typeof(IReadOnlyList<DocumentSummaryResponse>))]
[JsonSerializable(typeof(ParagraphDetailResponse))]
[JsonSerializable(typeof(CommitmentDetailResponse))]
[JsonSerializable(typeof(CommitmentListResponse))]
[JsonSerializable(typeof(IReadOnlyList<AddresseeResponse>))]
[JsonSerializable(typeof(IReadOnlyList<ConferenceResponse>))]
[JsonSerializable(typeof(IReadOnlyList<MeetingResponse>))]
[JsonSerializable(typeof(IReadOnlyList<DisagreementResponse>))]
[JsonSerializable(typeof(IReadOnlyList<TopicResponse>))]
[JsonSerializable(typeof(AboutResponse))]
[JsonSerializable(typeof(DocumentWriteResponse))]
[JsonSerializable(typeof(WriteStatusResponse))]
[JsonSerializable(typeof(ChangesResponse))]
[JsonSerializable(typeof(FollowUpResponse))]
public sealed partial class ArchiveJsonContext : JsonSerializerContext;
