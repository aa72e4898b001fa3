using Archive.Api.Access;
using Archive.Api.Assistants;
using Archive.Api.Changes;
using Archive.Api.Citations;
using Archive.Api.Commitments;
using Archive.Api.Conferences;
using Archive.Api.Documents;
using Archive.Api.Drafts;
using Archive.Api.Export;
using Archive.Api.Feeds;
using Archive.Api.FollowUp;
using Archive.Api.Hosting;
using Archive.Api.Paragraphs;
using Archive.Api.Precedent;
using Archive.Api.Search;
using Archive.Api.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddArchiveDefaults();
builder.AddCorpus();
builder.AddWriteAccess();
builder.AddFollowUpRegister();
builder.AddArchiveMcp();

var app = builder.Build();

app.MapArchiveDefaults();
app.UseWriteAccess();
app.MapWebPage();
app.MapSearch();
app.MapDocuments();
app.MapDocumentWrites();
app.MapParagraphs();
app.MapConferences();
app.MapCommitments();
app.MapChanges();
app.MapFollowUp();
app.MapPrecedent();
app.MapDrafts();
app.MapCitations();
app.MapExport();
app.MapFeeds();
app.MapArchiveMcp();

app.Run();
