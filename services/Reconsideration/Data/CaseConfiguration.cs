using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RuleOfLaw.Reconsideration.Data;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<ReconsiderationCase>
{
    public void Configure(EntityTypeBuilder<ReconsiderationCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.HasIndex(x => x.Number).IsUnique();
        builder.Property(x => x.ApplicantAccount).HasMaxLength(200);
        builder.Property(x => x.ApplicantName).HasMaxLength(200);
        builder.Property(x => x.RespondentUnitId).HasMaxLength(100);
        builder.Property(x => x.ActReference).HasMaxLength(200);
        builder.Property(x => x.ActDescription).HasMaxLength(4000);
        builder.Property(x => x.Request).HasMaxLength(4000);
        builder.Property(x => x.LateReason).HasMaxLength(2000);
        builder.Property(x => x.CorrectionItems).HasMaxLength(2000);
        builder.Property(x => x.RefusalReason).HasMaxLength(2000);
        builder.Property(x => x.CompetentOrgan).HasMaxLength(200);
        builder.Property(x => x.Procedure).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.SimplifiedGround).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Answer).HasMaxLength(4000);
        builder.Property(x => x.HearingPresider).HasMaxLength(100);
        builder.Property(x => x.HearingClerk).HasMaxLength(100);
        builder.Property(x => x.SuspensionReason).HasMaxLength(2000);
        builder.Property(x => x.ExtensionReason).HasMaxLength(2000);
        builder.Property(x => x.DocumentNumber).HasMaxLength(100);
        builder.Property(x => x.IncidentalReviewOutcome).HasMaxLength(40);
        builder.Property(x => x.MediationTerms).HasMaxLength(4000);
        builder.Property(x => x.Reasoning).HasMaxLength(4000);
        builder.Property(x => x.Escalation).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.ComplianceReport).HasMaxLength(4000);
        builder.Property(x => x.TypicalSummary).HasMaxLength(4000);
        builder.Ignore(x => x.Typical);
        builder.Property(x => x.ContestedAmount).HasPrecision(14, 2);
        builder.Property(x => x.VariedAmount).HasPrecision(14, 2);
        builder.HasIndex(x => x.ApplicantAccount);
        builder.HasIndex(x => new { x.RespondentUnitId, x.ReceivedOn });
        builder.Ignore(x => x.Clocks);
        builder.OwnsMany(x => x.ReviewSteps, step =>
        {
            step.ToJson("review_steps");
            step.Property(s => s.Method).HasConversion<string>();
        });
        builder.OwnsMany(x => x.Documents, document => document.ToJson("documents"));
    }
}
