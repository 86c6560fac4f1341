namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-3: 普通程序 or 简易程序.</summary>
public enum ProcedureKind
{
    Ordinary,
    Simplified,
}
