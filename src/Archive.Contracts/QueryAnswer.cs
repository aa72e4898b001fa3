namespace Archive.Contracts;

/// <summary>A use case's answer: the response, or what is wrong with the request (never both).</summary>
public sealed record QueryAnswer<T>
    where T : class
{
    /// <summary>A refusal: nothing was asked of Core.</summary>
    public QueryAnswer(RequestProblems problems)
    {
        Problems = problems;
    }

    public QueryAnswer(T response)
    {
        Response = response;
        Problems = new RequestProblems();
    }

    public T? Response { get; }

    public RequestProblems Problems { get; }
}
