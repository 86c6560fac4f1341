using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Procedures.Persistence;

/// <summary>How a record that owns a shared procedure step stores it: in its own row, with child tables for the lists.</summary>
public static class ProcedureMappings
{
    /// <summary>
    /// The consultation in the record's own row, and its comments as rows of their own
    /// (<see cref="PublicCommentConfiguration"/>): loaded with the record, but a comment is added
    /// without loading the others (<c>IgnoreAutoIncludes</c>).
    /// </summary>
    public static OwnedNavigationBuilder<TOwner, PublicConsultation> OwnsConsultation<TOwner>(
        this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, PublicConsultation?>> navigation, Expression<Func<TOwner, IEnumerable<PublicComment>?>> comments)
        where TOwner : class
    {
        OwnedNavigationBuilder<TOwner, PublicConsultation>? owned = null;
        builder.OwnsOne(navigation, consultation =>
        {
            owned = consultation;
            consultation.Property(c => c.ShorterPeriodReason).HasMaxLength(2000);
        });
        builder.HasMany(comments).WithOne().HasForeignKey(c => c.RecordId);
        builder.Navigation(comments!).HasField("_comments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        return owned!;
    }

    public static void OwnsLegalityReview<TOwner>(this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, LegalityReview?>> navigation)
        where TOwner : class =>
        builder.OwnsOne(navigation, review =>
        {
            review.Property(r => r.Conclusion).HasConversion<string>().HasMaxLength(20);
            review.Property(r => r.Reviewer).HasMaxLength(100);
        });

    public static void OwnsCollectiveMeeting<TOwner>(
        this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, CollectiveMeeting?>> navigation, string positionsTable, string ownerKey)
        where TOwner : class =>
        builder.OwnsOne(navigation, meeting =>
        {
            meeting.Property(m => m.MeetingType).HasConversion<string>().HasMaxLength(20);
            meeting.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(20);
            meeting.OwnsMany(m => m.Positions, position =>
            {
                position.ToTable(positionsTable);
                position.WithOwner().HasForeignKey(ownerKey);
                position.HasKey(ownerKey, nameof(MemberPosition.Order));
                position.Property(p => p.Order).ValueGeneratedNever();
                position.Property(p => p.Member).HasMaxLength(100);
                position.Property(p => p.Stance).HasConversion<string>().HasMaxLength(20);
            });
        });
}
