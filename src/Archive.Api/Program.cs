using Archive.Api.Documents;
using Archive.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddArchiveDefaults();
builder.AddCorpus();

var app = builder.Build();

app.MapArchiveDefaults();
app.MapDocuments();

app.Run();
