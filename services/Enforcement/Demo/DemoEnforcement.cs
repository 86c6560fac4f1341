using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Demo;

/// <summary>
/// The district's enforcing units, their powers lists, certified officers with their training,
/// published discretion benchmarks, cases at every step and licence decisions, each taken through the real procedure at
/// its own dates. Every date is placed relative to the service's clock, so a demo seeded on any day
/// shows the same picture: cases opened this month, decided last quarter, closed last year.
/// </summary>
internal sealed class DemoEnforcement(EnforcementDbContext db, TimeProvider time) : IDemoDataSeeder
{
    private static readonly (string UnitId, string Name)[] Units =
    [
        ("district-market-regulation", "南城区市场监督管理局"),
        ("district-urban-management", "南城区城市管理综合行政执法局"),
        ("district-ecology", "南城区生态环境分局"),
    ];

    private static readonly (int Unit, string Code, string Name, string Law, decimal[] Minor, decimal[] Ordinary, decimal[] Serious)[] Powers =
    [
        (0, "330217002000", "对食品经营者未按规定查验进货凭证的处罚", "《中华人民共和国食品安全法》第一百二十六条", [0, 5000], [5000, 20000], [20000, 50000]),
        (0, "330217058000", "对发布虚假广告的处罚", "《中华人民共和国广告法》第五十五条", [0, 30000], [30000, 100000], [100000, 200000]),
        (1, "330297001000", "对擅自占用城市道路经营的处罚", "《城市道路管理条例》第四十二条", [0, 200], [200, 1000], [1000, 2000]),
        (1, "330297015000", "对随意倾倒建筑垃圾的处罚", "《城市建筑垃圾管理规定》第二十六条", [5000, 10000], [10000, 30000], [30000, 100000]),
        (2, "330280012000", "对超标排放大气污染物的处罚", "《中华人民共和国大气污染防治法》第九十九条", [100000, 200000], [200000, 500000], [500000, 1000000]),
    ];

    private static readonly string[] Names = ["张明", "李华", "王芳", "赵强", "陈静", "刘洋", "周敏", "吴刚", "郑丽"];

    private static readonly (int Power, string Party, PartyKind Kind, int DaysAgo, CaseStatus Reach, decimal Amount, Circumstance Circumstance)[] Cases =
    [
        (0, "南城区某餐饮店", PartyKind.Organisation, 420, CaseStatus.Archived, 6000, Circumstance.Ordinary),
        (0, "南城区某超市有限公司", PartyKind.Organisation, 380, CaseStatus.Closed, 3000, Circumstance.Minor),
        (0, "南城区某食品商行", PartyKind.Organisation, 200, CaseStatus.Executed, 8000, Circumstance.Ordinary),
        (0, "南城区某火锅店", PartyKind.Organisation, 120, CaseStatus.Served, 25000, Circumstance.Serious),
        (1, "南城区某美容有限公司", PartyKind.Organisation, 60, CaseStatus.Notified, 50000, Circumstance.Ordinary),
        (2, "个体经营者孙某", PartyKind.Individual, 30, CaseStatus.Investigating, 300, Circumstance.Ordinary),
        (3, "南城区某建筑工程有限公司", PartyKind.Organisation, 400, CaseStatus.Closed, 15000, Circumstance.Ordinary),
        (4, "南城区某化工有限公司", PartyKind.Organisation, 10, CaseStatus.Opened, 0, Circumstance.Ordinary),
    ];

    private static readonly (string Applicant, int ReceivedDaysAgo, int DecidedDaysAgo, LicenceOutcome Outcome, string? Reasons)[] Licences =
    [
        ("南城区某餐饮管理有限公司", 60, 45, LicenceOutcome.Granted, null),
        ("南城区某烘焙坊", 35, 20, LicenceOutcome.PartlyGranted, "申请的冷食类食品制售项目不具备专用操作间，该项不予许可。"),
        ("南城区某小吃店", 15, 5, LicenceOutcome.Refused, "经营场所与有毒、有害场所的距离不符合食品安全要求。"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = StatutoryTime.Today(time);
        var units = Units.Select(u => EnforcingUnit.Register(u.UnitId, u.Name, At(today.AddYears(-3)))).ToList();
        db.Units.AddRange(units);

        var powers = Powers.Select(p => Power.Register(
            units[p.Unit], p.Code, PowerKind.Penalty,
            new PowerVersion { Name = p.Name, EffectiveFrom = today.AddYears(-3), LawBasis = p.Law, Reason = "权责清单公布" }, null, At(today.AddYears(-3)))).ToList();
        db.Powers.AddRange(powers);

        var benchmarks = Powers.Select((p, i) => DiscretionBenchmark.Draft(powers[i], $"{p.Name}裁量基准",
        [
            new BenchmarkRange { Circumstance = Circumstance.Minor, MinAmount = p.Minor[0], MaxAmount = p.Minor[1], Description = "首次违法、及时改正、危害后果轻微" },
            new BenchmarkRange { Circumstance = Circumstance.Ordinary, MinAmount = p.Ordinary[0], MaxAmount = p.Ordinary[1], Description = "一般情形" },
            new BenchmarkRange { Circumstance = Circumstance.Serious, MinAmount = p.Serious[0], MaxAmount = p.Serious[1], Description = "多次违法或造成严重后果" },
        ], At(today.AddYears(-2)))).ToList();
        foreach (var benchmark in benchmarks)
        {
            benchmark.Publish(today.AddYears(-2), today.AddYears(-2).AddDays(30), At(today.AddYears(-2)));
        }

        db.Benchmarks.AddRange(benchmarks);

        // Three officers per unit; the third is the unit's qualified legal reviewer.
        var officers = new List<Officer>();
        for (var i = 0; i < Names.Length; i++)
        {
            var unit = units[i / 3];
            var officer = Officer.Certify(unit, Names[i], $"3301{i / 3:00}{today.Year - 2}{i:0000}", today.AddYears(-2), today.AddYears(3), qualifiedReviewer: i % 3 == 2, At(today.AddYears(-2)));
            if (i != 4)
            {
                // This year's course, early enough to have happened on any day of the year.
                var trained = today.AddDays(-20) < new DateOnly(today.Year, 1, 1) ? new DateOnly(today.Year, 1, 1) : today.AddDays(-20);
                officer.RecordTraining($"{today.Year}年度行政执法人员公共法律知识培训", trained, 40, At(trained));
            }

            officer.RecordTraining($"{today.Year - 1}年度行政执法人员专业法律知识培训", today.AddYears(-1).AddDays(-30), 24, At(today.AddYears(-1).AddDays(-30)));
            officers.Add(officer);
        }

        db.Officers.AddRange(officers);

        foreach (var (power, party, kind, daysAgo, reach, amount, circumstance) in Cases)
        {
            var unitIndex = Powers[power].Unit;
            var team = officers.Skip(unitIndex * 3).Take(3).ToList();
            db.Cases.Add(TakeCase(powers[power], benchmarks[power], team, party, kind, today.AddDays(-daysAgo), reach, amount, circumstance));
        }

        // ENF-10 counts licences beside penalties: a licensing power with decisions of the last two months.
        var licensing = Power.Register(
            units[0], "330217101000", PowerKind.Licence,
            new PowerVersion { Name = "食品经营许可", EffectiveFrom = today.AddYears(-3), LawBasis = "《中华人民共和国食品安全法》第三十五条", Reason = "权责清单公布" }, null, At(today.AddYears(-3)));
        db.Powers.Add(licensing);
        foreach (var (applicant, received, decided, outcome, reasons) in Licences)
        {
            var application = new LicenceDecision.Application(applicant, PartyKind.Organisation, today.AddDays(-received), today.AddDays(-decided), outcome, reasons);
            db.Licences.Add(LicenceDecision.Record(units[0].UnitId, licensing, application, On(today.AddDays(-decided))));
        }

        var dispute = CompetenceDispute.Register(units[0].UnitId, units[1].UnitId, "占道经营的流动摊贩销售散装食品，由哪一部门查处", today.AddDays(-45), At(today.AddDays(-45)));
        dispute.Resolve(units[1].UnitId, "占道经营由城市管理部门查处；涉及食品安全的，移送市场监管部门依法处理。", today.AddDays(-30), At(today.AddDays(-30)));
        db.Disputes.Add(dispute);
        db.Disputes.Add(CompetenceDispute.Register(units[2].UnitId, units[1].UnitId, "餐饮油烟扰民的查处职责", today.AddDays(-5), At(today.AddDays(-5))));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One case through the real procedure, each step at its own day, up to <paramref name="reach"/>.</summary>
    private EnforcementCase TakeCase(Power power, DiscretionBenchmark benchmark, List<Officer> team, string party, PartyKind kind, DateOnly opened, CaseStatus reach, decimal amount, Circumstance circumstance)
    {
        var opening = new EnforcementCase.Opening(party, kind, null, $"执法人员检查发现{party}涉嫌{power.Name.Replace("的处罚", "", StringComparison.Ordinal).Replace("对", "", StringComparison.Ordinal)}。",
            opened.AddDays(-7), opened, LifeHealthOrFinance: false, OnTheSpot: false, MajorPublicInterest: false, Complex: amount >= 20000, LawRequiresReview: false);
        var c = EnforcementCase.Open(power.UnitId, power, team.Take(2).ToList(), opening, On(opened));
        if (reach == CaseStatus.Opened)
        {
            return c;
        }

        var day = opened.AddDays(3);
        c.RecordEvidence(new EvidenceItem
        {
            FileName = "现场检查笔录.pdf", MediaType = "application/pdf", SizeBytes = 153_600, Sha256 = Sha(party + "笔录"),
            CollectedOn = opened, CollectedBy = team[0].Id, Description = "现场检查笔录，当事人签字确认",
        }, On(day));
        c.RecordEvidence(new EvidenceItem
        {
            FileName = "现场照片.zip", MediaType = "application/zip", SizeBytes = 2_400_000, Sha256 = Sha(party + "照片"),
            CollectedOn = opened, CollectedBy = team[1].Id, Description = "执法记录仪截图及现场照片",
        }, On(day));
        if (reach == CaseStatus.Investigating)
        {
            return c;
        }

        day = day.AddDays(14);
        c.Notify(day, $"当事人的行为违反{power.Latest.LawBasis}的规定。", new Penalty(PenaltyKind.Fine, amount), On(day));
        if (reach == CaseStatus.Notified)
        {
            return c;
        }

        day = day.AddDays(8);
        if (c.RequiresLegalReview)
        {
            c.ReviewLegality(day, team[2], "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。", On(day));
            day = day.AddDays(2);
        }

        c.Decide(day, new Penalty(PenaltyKind.Fine, amount), circumstance, benchmark, null, On(day));
        day = day.AddDays(3);
        c.Serve(day, "直接送达", On(day));
        c.Publish(day.AddDays(2), On(day.AddDays(2)));
        if (reach == CaseStatus.Served)
        {
            return c;
        }

        day = day.AddDays(10);
        c.Execute(day, "当事人已缴纳罚款", On(day));
        if (reach == CaseStatus.Executed)
        {
            return c;
        }

        day = day.AddDays(5);
        c.Close(day, On(day));
        c.Rate(amount > 5000 ? 4 : 5, "执法人员文明规范，告知清楚。", At(day.AddDays(3)));
        if (reach == CaseStatus.Archived)
        {
            c.Archive(day.AddDays(20), On(day.AddDays(20)));
        }

        return c;
    }

    private CommandTime On(DateOnly day) => new(At(day), day, WorkingCalendar.WeekendsOnly);

    /// <summary>10:00 in Beijing on <paramref name="day"/>, or now if that is still ahead (a demo seeded early in the morning).</summary>
    private DateTimeOffset At(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var now = time.GetUtcNow();
        return at > now ? now : at;
    }

    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
