using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>A few drafts of the district's units, so a fresh system has something to show.</summary>
internal sealed class DemoDocuments(DocumentsDbContext db, TimeProvider time) : IDemoDataSeeder
{
    private static readonly (string Unit, string Title, bool AffectsRights, bool Market, bool Provisional)[] Drafts =
    [
        ("district-government", "区人民政府关于进一步优化营商环境的若干措施", true, true, false),
        ("district-market-regulation", "区市场监督管理局轻微违法行为不予行政处罚清单（试行）", true, true, true),
        ("district-housing", "区老旧小区改造项目居民意见征询办法", true, false, false),
        ("street-office-east", "东街街道网格化管理工作规范", false, false, false),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Documents.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (unit, title, affectsRights, market, provisional) in Drafts)
        {
            db.Documents.Add(NormativeDocument.Draft(unit, title, $"{title}\n\n第一条 为规范相关工作，依据有关法律法规，结合本区实际，制定本办法。", affectsRights, market, provisional, time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
