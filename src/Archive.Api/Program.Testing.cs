// Integration tests start this host through WebApplicationFactory<Program>, which needs a public entry type.
public partial class Program;
