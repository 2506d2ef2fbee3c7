using Pathway.DesignerHost;
using Pathway.DesignerHost.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddPathwayHost();

var app = builder.Build();
await app.MigrateAndSeedAsync();
app.UsePathwayHost();
app.MapEngineApi();
await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
