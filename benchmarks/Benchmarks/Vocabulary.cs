namespace RuleOfLaw.Benchmarks;

/// <summary>An issuing unit of the district, with the matters it regulates and the subjects of its documents.</summary>
internal sealed record Unit(string UnitId, string Code, string Name, string Department, IReadOnlyList<Competence> Competences);

/// <summary>A matter within a unit's competence and the subjects its documents deal with.</summary>
internal sealed record Competence(string Name, IReadOnlyList<string> Subjects);

/// <summary>
/// The administrative Chinese that documents are composed from: the district's five issuing units (as in
/// the service's demo data), subjects per competence, title patterns and clauses with slots.
/// </summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<Unit> Units =
    [
        new("district-government", "南府", "南城区人民政府", "区政府办公室",
        [
            new("综合管理", ["政务服务", "重大行政决策", "政府信息公开", "突发事件应急", "网格化社会治理", "政务数据共享", "督查督办", "社区治理", "志愿服务", "档案管理", "公共资源交易", "政府采购", "财政专项资金"]),
            new("营商环境", ["企业开办", "涉企收费", "小微企业扶持", "招商引资", "人才引进", "科技创新", "知识产权保护", "中小企业融资", "惠企政策兑现", "社会信用体系", "涉企行政检查", "总部经济"]),
            new("城市建设", ["城市更新", "老旧小区改造", "户外广告设置", "市政道路挖掘", "停车设施建设", "园林绿化", "地下管线", "海绵城市", "城市照明", "违法建设治理", "房屋征收补偿"]),
        ]),
        new("district-market-regulation", "南市监", "南城区市场监督管理局", "区市场监督管理局",
        [
            new("市场监管", ["个体工商户", "广告发布", "特种设备安全", "计量器具", "价格监督检查", "网络交易", "产品质量抽查", "消费者权益保护", "商标品牌", "电动自行车销售", "农贸市场"]),
            new("食品安全", ["小餐饮店", "校园食品安全", "食品摊贩", "网络订餐", "集体用餐配送", "食用农产品", "餐饮油烟", "食品生产许可", "保健食品", "冷链食品"]),
        ]),
        new("district-housing", "南住建", "南城区住房和城乡建设局", "区住房和城乡建设局",
        [
            new("住房保障", ["公共租赁住房", "人才公寓", "保障性租赁住房", "住房租赁市场", "物业服务", "住宅专项维修资金", "老旧小区加装电梯", "直管公房"]),
            new("建筑管理", ["建设工程施工扬尘污染防治", "建筑垃圾处置", "建筑市场信用", "施工安全生产", "预拌混凝土", "装配式建筑", "工程质量检测", "农民工工资支付", "房屋安全鉴定"]),
        ]),
        new("district-justice", "南司", "南城区司法局", "区司法局",
        [
            new("行政执法监督", ["行政执法公示", "行政执法全过程记录", "重大行政执法决定法制审核", "行政执法案卷评查", "行政执法人员资格", "行政裁量权基准", "综合行政执法", "行政执法协调"]),
            new("法治宣传", ["普法责任制", "法治文化阵地", "公共法律服务", "人民调解", "法律援助", "社区矫正", "法治乡村建设"]),
        ]),
        new("district-education", "南教", "南城区教育局", "区教育局",
        [
            new("教育管理", ["校外培训机构", "义务教育招生入学", "民办幼儿园收费", "课后服务", "教师交流轮岗", "学生资助", "校园安全", "中小学食堂", "托育机构", "学前教育"]),
        ]),
    ];

    /// <summary>Other departments named in clauses.</summary>
    public static readonly IReadOnlyList<string> Departments =
    [
        "区发展和改革委员会", "区财政局", "区城市管理综合行政执法局", "区应急管理局", "区生态环境分局", "区商务局",
        "区人力资源和社会保障局", "区卫生健康委员会", "区民政局", "区公安分局", "区自然资源分局", "区数据资源管理局",
    ];

    public static readonly IReadOnlyList<string> Laws =
    [
        "中华人民共和国行政处罚法", "中华人民共和国行政许可法", "中华人民共和国行政强制法", "优化营商环境条例",
        "中华人民共和国食品安全法", "中华人民共和国政府信息公开条例", "重大行政决策程序暂行条例", "中华人民共和国城乡规划法",
        "中华人民共和国教育法", "中华人民共和国民法典", "中华人民共和国价格法", "中华人民共和国特种设备安全法",
    ];

    public static readonly IReadOnlyList<string> Reviewers = ["区司法局 李审核", "区司法局 王明", "区司法局 张华", "区司法局 刘洋", "区司法局 陈静", "区司法局 赵磊"];

    public static readonly IReadOnlyList<string> ChineseNumerals =
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五"];

    /// <summary>"{0}": subject. Rules and measures; "（试行）" or 暂行 marks a provisional one.</summary>
    public static readonly IReadOnlyList<string> TitlePatterns =
    [
        "{0}管理办法", "{0}监督管理办法", "{0}管理规定", "{0}实施细则", "{0}工作规程", "{0}登记管理办法", "{0}备案管理办法",
        "关于进一步加强{0}工作的意见", "关于进一步规范{0}管理的通知", "关于加快推进{0}的实施意见", "{0}若干措施",
        "{0}行政处罚裁量基准", "{0}领域轻微违法行为不予处罚清单", "{0}行政检查事项清单", "{0}专项资金管理办法", "{0}考核评价办法",
    ];

    public static readonly IReadOnlyList<string> ProvisionalTitlePatterns = ["{0}管理暂行办法", "{0}暂行规定", "{0}管理办法（试行）", "{0}实施细则（试行）", "{0}工作指引（试行）"];

    /// <summary>The opening clause. {0}: subject.</summary>
    public const string Purpose = "为规范本区{0}工作，保障公民、法人和其他组织的合法权益，根据《{1}》等有关法律、法规和规章，结合本区实际，制定本办法。";

    /// <summary>
    /// Clauses in between. {0}: subject, {1}: issuing unit, {2}: another department, {3}: days,
    /// {4}: amount, {5}: times, {6}: a law, {7}: an article number, {8}: a subject of another field.
    /// </summary>
    public static readonly IReadOnlyList<string> Clauses =
    [
        "本办法适用于本区行政区域内的{0}及其监督管理活动。",
        "本办法所称{0}，是指依照法律、法规和本办法规定开展的相关活动。",
        "{1}负责本区{0}的统筹协调和监督管理工作；{2}按照各自职责做好相关工作。",
        "街道办事处、镇人民政府应当配合做好辖区内{0}的日常巡查和信息报送工作。",
        "申请人应当向{1}提交书面申请及相关材料，{1}应当自受理之日起{3}个工作日内作出决定。",
        "对符合条件的，予以登记并向社会公示；对不符合条件的，书面告知申请人并说明理由。",
        "{1}应当建立{0}信息台账，实行动态管理，并按照规定向社会公开相关信息。",
        "鼓励社会力量参与{0}，对成绩突出的单位和个人按照有关规定给予表彰。",
        "{2}应当将{0}所需经费纳入年度预算，专款专用，不得挤占挪用。",
        "对同一市场主体的同一事项，行政检查原则上每年不超过{5}次，法律、法规另有规定的除外。",
        "实施行政检查，应当出示执法证件，制作现场检查笔录，不得妨碍企业正常生产经营活动。",
        "当事人违反本办法规定的，由{1}责令限期改正；依照有关法律、法规应当给予行政处罚的，从其规定。",
        "依照《{6}》第{7}条的规定，对首次违法且危害后果轻微并及时改正的，可以不予行政处罚。",
        "行政机关工作人员在{0}工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。",
        "公民、法人或者其他组织对行政行为不服的，可以依法申请行政复议或者提起行政诉讼。",
        "{1}应当畅通投诉举报渠道，对收到的投诉举报在{3}个工作日内核查处理并反馈处理结果。",
        "建立{0}联席会议制度，由{1}召集，定期研究解决工作中的重大问题。",
        "补助资金按照每户每年不超过{4}元的标准发放，具体标准由区人民政府另行公布。",
        "{0}相关数据应当依托政务服务平台实现共享，不得要求申请人重复提交材料。",
        "涉及群众切身利益的重大事项，应当通过听证会、座谈会、网上征求意见等方式广泛听取意见。",
        "{1}应当于每年一月底前向区人民政府报告上一年度{0}工作情况。",
        "对纳入信用记录的严重失信主体，依法依规实施联合惩戒，并向社会公示。",
        "发生突发事件时，{1}应当立即启动应急预案，采取必要的处置措施，并及时向区人民政府报告。",
        "{1}应当会同{2}加强{0}与{8}工作的衔接，避免重复检查、多头执法。",
        "申请材料不齐全或者不符合法定形式的，应当当场或者在{3}个工作日内一次性告知申请人需要补正的全部内容。",
        "{2}应当定期对{0}实施情况开展评估，评估结果作为修改、废止本办法的重要依据。",
        "推行告知承诺制，对申请人书面承诺符合条件并提交材料的，当场作出决定。",
        "相关单位应当建立健全内部管理制度，落实安全生产主体责任，定期开展隐患排查。",
        "收费项目和标准应当依法公示，未经批准不得擅自设立收费项目或者提高收费标准。",
        "对违反规定造成损失的，依法承担赔偿责任；情节严重的，纳入信用记录。",
    ];

    /// <summary>The interpretation clause and the last clause. {0}: issuing unit; {1}, {2}: dates.</summary>
    public const string Interpretation = "本办法由{0}负责解释。";

    public const string Commencement = "本办法自{1}起施行，有效期至{2}。";

    /// <summary>Two-character query words: subjects and procedure words, from rare to common.</summary>
    public static readonly IReadOnlyList<string> TwoCharacterWords =
    [
        "食品", "执法", "住房", "教育", "企业", "备案", "收费", "培训", "扬尘", "物业", "广告", "信用", "许可", "补助", "应急",
        "停车", "电梯", "幼儿", "餐饮", "垃圾", "征收", "调解", "援助", "招生", "公寓", "绿化", "计量", "矫正", "档案", "采购",
    ];

    /// <summary>Four-character query words: subjects and set phrases of the text.</summary>
    public static readonly IReadOnlyList<string> FourCharacterWords =
    [
        "食品安全", "行政执法", "公共租赁", "营商环境", "建筑垃圾", "校外培训", "政务服务", "老旧小区", "信用体系", "法律援助",
        "特种设备", "课后服务", "人才公寓", "城市更新", "网络交易", "物业服务", "突发事件", "扬尘污染", "行政检查", "投诉举报",
        "联合惩戒", "行政复议", "告知承诺", "专项资金", "人民调解", "个体工商", "房屋征收", "学生资助", "海绵城市", "冷链食品",
    ];
}
