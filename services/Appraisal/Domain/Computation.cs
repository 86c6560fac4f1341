namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// The fixed catalogue of computations a level-3 indicator names (APP-1). Each is a pure function of the
/// evidence of the cycle's year; <see cref="Scoring"/> says which events each one reads.
/// </summary>
public enum Computation
{
    /// <summary>规范性文件按时备案率: documents filed within 15 days, of those filed or overdue (DocumentFiled, StatutoryDeadlineElapsed "filing").</summary>
    DocumentsFiledOnTime,

    /// <summary>法定期限超期: 100 less 10 points per statutory clock missed (StatutoryDeadlineElapsed).</summary>
    StatutoryClocksMissed,

    /// <summary>复议纠错率: 100 less the share of the respondent unit's decided reconsiderations that corrected its act (ReconsiderationDecided).</summary>
    ReconsiderationCorrectionRate,

    /// <summary>负责人出庭应诉率: share of hearings against the unit its head appeared at (CourtHearingRecorded).</summary>
    HeadCourtAppearanceRate,

    /// <summary>会前合法性审核率: share of decisions and documents reviewed for legality before the meeting (DecisionTaken, DocumentDiscussed).</summary>
    LegalityReviewBeforeMeeting,

    /// <summary>案卷评查平均分: the unit's latest published case-file review average of the year (CaseFileReviewPublished).</summary>
    CaseFileReviewAverage,

    /// <summary>复议决定履行超期: 100 less 10 points per reconsideration case whose decision the respondent unit complied with late (ReconsiderationCaseFlagged "ComplianceOverdue").</summary>
    OverdueCompliance,
}
