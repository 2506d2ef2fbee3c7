using Pathway.DesignerHost;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Definitions;
using Pathway.DesignerHost.Impact;
using Pathway.DesignerHost.Measures;
using Pathway.DesignerHost.Operations;
using Pathway.DesignerHost.Pathways;
using Pathway.DesignerHost.Policy;
using Pathway.DesignerHost.Rules;

NativeMemory.UseFewArenas();
var builder = WebApplication.CreateBuilder(args);
builder.AddPathwayHost();

var app = builder.Build();
await app.MigrateAndSeedAsync();
app.UsePathwayHost();
app.MapEngineApi();
app.MapDefinitionsApi();
app.MapRulesApi();
app.MapImpactApi();
app.MapPathwaysApi();
app.MapPolicyApi();
app.MapMeasuresApi();
await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
