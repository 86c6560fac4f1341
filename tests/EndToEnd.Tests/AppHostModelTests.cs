using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>The AppHost's model, read without starting anything (the full system takes most of a minute).</summary>
public sealed class AppHostModelTests
{
    [Fact]
    public async Task The_gateways_endpoint_is_not_proxied_so_it_sees_each_clients_own_address()
    {
        var data = Directory.CreateTempSubdirectory("ruleoflaw-model-");
        try
        {
            // The model only: the AppHost's Program runs up to Build, nothing is started.
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "Infrastructure:Mode=local",
                $"LocalInfrastructure:DataDirectory={data.FullName}",
                "DemoData:Enabled=false",
            ]);
            var gateway = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == ResourceNames.Gateway);
            var http = gateway.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http");
            Assert.False(http.IsProxied);
            Assert.NotNull(http.Port);
            Assert.Equal(http.Port, http.TargetPort);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task In_container_mode_every_part_runs_as_its_image()
    {
        var data = Directory.CreateTempSubdirectory("ruleoflaw-model-");
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "Infrastructure:Mode=containers",
                "Infrastructure:ImageTag=1.2.3",
                $"LocalInfrastructure:DataDirectory={data.FullName}",
                "DemoData:Enabled=false",
            ]);
            // The web front end alone stays a project: it reaches the gateway at the address a person's browser uses (decision 0019).
            Assert.Equal([ResourceNames.Web], builder.Resources.OfType<ProjectResource>().Select(r => r.Name));
            string[] parts = [ResourceNames.Gateway, ResourceNames.Identity, ResourceNames.Decisions, ResourceNames.NormativeDocuments, ResourceNames.Enforcement, ResourceNames.Reconsideration, ResourceNames.Appraisal];
            foreach (var part in parts)
            {
                var container = builder.Resources.OfType<ContainerResource>().Single(r => r.Name == part);
                var image = container.Annotations.OfType<ContainerImageAnnotation>().Single();
                Assert.Equal($"ruleoflaw/{part}", image.Image);
                Assert.Equal("1.2.3", image.Tag);
            }

            var gateway = builder.Resources.OfType<ContainerResource>().Single(r => r.Name == ResourceNames.Gateway);
            var http = gateway.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http");
            Assert.False(http.IsProxied);
            Assert.Equal(8080, http.TargetPort);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
