package org.onevisit.demo;

import static org.onevisit.catalog.Condition.always;
import static org.onevisit.catalog.Condition.answered;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.Condition;
import org.onevisit.catalog.DeliveryMethod;
import org.onevisit.catalog.DeliveryPlan;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.LifeEventTheme;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.OnlineDepth;
import org.onevisit.catalog.ProcessStep;
import org.onevisit.catalog.Question;
import org.onevisit.catalog.TimeLimits;
import org.onevisit.catalog.Visits;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * The demo catalog: 50 province-wide items (浙江省 330000, one guide per item code, R-1.5) of all twelve
 * department kinds and six one-thing bundles — 出生一件事, 不动产转移登记, 企业开办, 公积金贷款, 开餐馆 and
 * 老年人优待. Pure domain objects: {@link #items()} and {@link #bundles()} build fresh drafts (version 1)
 * on every call; the demo loader imports and publishes them.
 *
 * <p><b>Codes.</b> Items: {@code 330000-<department>-<nnn>} — the province's region code, the department
 * kind's short code ({@link DepartmentKind#code()}: PSB 公安, CAB 民政, HRSS 人社, MIB 医保, HC 卫健, AMR 市场监管,
 * TAX 税务, NRP 自然资源, HUD 住建, HPF 公积金, EDU 教育, TRB 交通) and a three-digit serial within the
 * department, e.g. {@code 330000-PSB-001} 出生登记. Bundles: {@code YJS-<pinyin initials>} (一件事), e.g.
 * {@code YJS-CS} 出生, {@code YJS-BDC} 不动产, {@code YJS-QYKB} 企业开办, {@code YJS-GJJDK} 公积金贷款,
 * {@code YJS-CG} 餐馆, {@code YJS-YL} 养老.
 *
 * <p><b>出生一件事</b> reproduces the seeds' figures for the usual family ({@link #USUAL_BIRTH}: parents
 * married, a social security card wanted, mother without employee maternity insurance): before, 5
 * windows (卫健, 公安, 医保, 人社, 税务), 20 materials, 60 fields; after, 1 material (the baby's photo), 9
 * fields typed, 0 visits — computed by {@link org.onevisit.catalog.Guides}, not typed here. Most fields
 * are bound to shared data (the delivery record of the hospital, the parents' population records, the
 * household register); the nine typed ones are only known to the parents (the chosen name and ethnicity,
 * the household to register with, relation to its head, the contact phone, the contribution tier, the
 * card bank, the postal address, the split of the tax deduction).
 */
public final class DemoCatalog {

  public static final RegionCode ZHEJIANG = RegionCode.of("330000");
  public static final BundleCode BIRTH = BundleCode.of("YJS-CS");

  /** The answers of the seeds' family. */
  public static final org.onevisit.catalog.Answers USUAL_BIRTH = org.onevisit.catalog.Answers.of(
      "parentsMarried", "yes", "socialSecurityCard", "yes", "motherEmployeeInsured", "no");

  private static final String REFORM = "《浙江省保障“最多跑一次”改革规定》";
  private static final String HUKOU = "《中华人民共和国户口登记条例》";
  private static final String SOCIAL_INSURANCE = "《中华人民共和国社会保险法》";
  private static final String MATERNAL = "《中华人民共和国母婴保健法》";
  private static final String MARKET = "《中华人民共和国市场主体登记管理条例》";
  private static final String TAX_ADMIN = "《中华人民共和国税收征收管理法》";
  private static final String REAL_ESTATE = "《不动产登记暂行条例》";
  private static final String HOUSING_FUND = "《住房公积金管理条例》";
  private static final String ELDERLY = "《中华人民共和国老年人权益保障法》";
  private static final String FOOD = "《中华人民共和国食品安全法》";

  private DemoCatalog() {}

  public static List<Item> items() {
    return List.of(
        birthCertificate(), vaccinationCertificate(), physicianRegistration(),
        birthRegistration(), idCard(), hukouMigration(), sealRecord(), deathDeregistration(),
        marriageRegistration(), elderlyCard(), oldAgeAllowance(), marriageRecordCertificate(), funeralSubsidy(),
        socialSecurityCard(), employerSocialInsurance(), residentPension(), pensionEligibility(), unemploymentBenefit(),
        employmentRegistration(),
        residentMedicalInsurance(), maternityAllowance(), employerMedicalInsurance(), outOfProvinceTreatment(),
        companyRegistration(), foodPermit(), companyDeregistration(), companyChange(),
        infantCareDeduction(), newTaxpayer(), invoices(), deedTax(),
        propertyTransfer(), mortgageRegistration(),
        housingContract(), signboard(), publicRentalHousing(),
        employerHousingFund(), housingFundLoan(), housingFundWithdrawal(),
        schoolEnrolment(), teacherQualification(),
        roadTransportPermit(), taxiDriverQualification(), vehicleTransfer(),
        birthCertificateReissue(), foodPermitChange(), elderlyCardReplacement(), socialSecurityCardReplacement(),
        utilitiesTransfer(), individualBusiness());
  }

  public static List<Bundle> bundles() {
    return List.of(birthBundle(), propertyBundle(), companyBundle(), loanBundle(), restaurantBundle(), elderlyBundle());
  }

  // ---------------------------------------------------------------- building blocks

  private static ItemCode code(DepartmentKind d, int n) {
    return ItemCode.of("330000-" + d.code() + "-%03d".formatted(n));
  }

  private static Item.Builder item(DepartmentKind d, int n, String name, ItemType type, String basis, int statutory,
      int committed) {
    return Item.draft(code(d, n), name, d, ZHEJIANG)
        .type(type)
        .legalBasis(basis)
        .handlingLevel(RegionCode.Level.COUNTY)
        .limits(TimeLimits.of(statutory, committed))
        .visits(Visits.none())
        .onlineDepth(OnlineDepth.FULLY_ONLINE)
        .deliveryMethods(DeliveryMethod.ONLINE_ONLINE, DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ON_SITE)
        .acceptanceConditions("申请人已通过实名身份认证（浙里办或窗口核验居民身份证）",
            "申请事项属于本部门职权范围，材料齐全、符合法定形式")
        .steps(new ProcessStep("受理", "网上或窗口受理，材料齐全当场受理"), new ProcessStep("审查", "承办部门审查"),
            new ProcessStep("决定", "作出决定并制发结果"), new ProcessStep("送达", "电子证照推送或邮寄送达"));
  }

  private static Material material(String key, String name, MaterialSource source, String basis, Condition when) {
    return new Material(key, name, source, Material.Copy.ORIGINAL, 1, null, null, basis, when);
  }

  private static Material own(String key, String name, String basis) {
    return material(key, name, MaterialSource.applicant(), basis, always());
  }

  private static Material licence(String key, String name, String type, String holder, String basis) {
    return material(key, name, MaterialSource.licence(type, holder), basis, always());
  }

  private static Material shared(String key, String name, String element, String basis) {
    return material(key, name, MaterialSource.sharedData(element), basis, always());
  }

  private static Material produced(String key, String name, ItemCode by, String basis) {
    return material(key, name, new MaterialSource.ProducedBy(by), basis, always());
  }

  private static FormField bound(String key, String label, String element) {
    return new FormField(key, label, FormField.Binding.to(element), FieldType.TEXT, true, false, always());
  }

  private static FormField bound(String key, String label, String element, FieldType type) {
    return new FormField(key, label, FormField.Binding.to(element), type, true, false, always());
  }

  private static FormField free(String key, String label, String reason) {
    return new FormField(key, label, FormField.Binding.freeInput(reason), FieldType.TEXT, true, false, always());
  }

  private static FormField free(String key, String label, String reason, FieldType type) {
    return new FormField(key, label, FormField.Binding.freeInput(reason), type, true, false, always());
  }

  private static Question yesNo(String key, String text) {
    return Question.of(key, text, Question.Option.of("yes", "是"), Question.Option.of("no", "否"));
  }

  private static List<FormField> person(String prefix, String label, String who) {
    return List.of(bound(prefix + "Name", label + "姓名", who + ".name"),
        bound(prefix + "IdNumber", label + "公民身份号码", who + ".idNumber", FieldType.ID_NUMBER));
  }

  private static List<FormField> applicant() {
    return List.of(bound("applicantName", "申请人姓名", "person.name"),
        bound("applicantIdNumber", "申请人公民身份号码", "person.idNumber", FieldType.ID_NUMBER),
        bound("applicantMobile", "联系电话", "person.mobile", FieldType.PHONE));
  }

  private static List<FormField> enterprise() {
    return List.of(bound("enterpriseName", "企业名称", "enterprise.name"),
        bound("creditCode", "统一社会信用代码", "enterprise.creditCode"),
        bound("legalRepresentative", "法定代表人", "enterprise.legalRepresentative"),
        bound("enterpriseAddress", "住所", "enterprise.address", FieldType.ADDRESS));
  }

  @SafeVarargs
  private static List<FormField> fields(List<FormField>... groups) {
    return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
  }

  private static final Material ID_CARD = licence("idCard", "居民身份证", "resident-id-card", "applicant", REFORM);
  private static final Material BUSINESS_LICENCE =
      licence("businessLicence", "营业执照", "business-licence", "enterprise", MARKET);

  // ---------------------------------------------------------------- 出生一件事

  private static final ItemCode BIRTH_CERTIFICATE = code(DepartmentKind.HEALTH, 1);
  private static final ItemCode VACCINATION = code(DepartmentKind.HEALTH, 2);
  private static final ItemCode BIRTH_REGISTRATION = code(DepartmentKind.PUBLIC_SECURITY, 1);
  private static final ItemCode SOCIAL_SECURITY_CARD = code(DepartmentKind.HUMAN_RESOURCES, 1);
  private static final ItemCode RESIDENT_MEDICAL = code(DepartmentKind.MEDICAL_INSURANCE, 1);
  private static final ItemCode MATERNITY = code(DepartmentKind.MEDICAL_INSURANCE, 2);
  private static final ItemCode INFANT_CARE = code(DepartmentKind.TAX, 1);

  private static final FormField NEWBORN_NAME = free("newbornName", "新生儿姓名", "姓名由父母确定，尚无共享数据");
  private static final FormField NEWBORN_ETHNICITY = free("newbornEthnicity", "新生儿民族", "从父母民族中选定，须申报");
  private static final FormField CONTACT_PHONE = free("contactPhone", "联系电话", "以本次申请留存的联系方式为准",
      FieldType.PHONE);

  private static Question parentsMarried() {
    return yesNo("parentsMarried", "父母是否已登记结婚？");
  }

  private static Material marriageCertificate() {
    return material("marriageCertificate", "结婚证", MaterialSource.licence("marriage-certificate", "couple"), HUKOU,
        answered("parentsMarried", "yes"));
  }

  private static Material motherId() {
    return licence("motherIdCard", "母亲居民身份证", "resident-id-card", "mother", MATERNAL);
  }

  private static Material fatherId() {
    return licence("fatherIdCard", "父亲居民身份证", "resident-id-card", "father", MATERNAL);
  }

  private static Item birthCertificate() {
    return item(DepartmentKind.HEALTH, 1, "出生医学证明首次签发", ItemType.CONFIRMATION, MATERNAL + "第二十三条", 20, 1)
        .producesLicence("birth-medical-certificate")
        .acceptanceConditions("新生儿在本省依法设置的助产机构内出生", "由新生儿父母或其他监护人申请")
        .question(parentsMarried())
        .themes(LifeEventTheme.BIRTH_ADOPTION)
        .keywords("出生证", "出生医学证明")
        .materials(List.of(motherId(), fatherId(), marriageCertificate(),
            shared("deliveryRecord", "住院分娩记录", "birth.deliveryRecord", MATERNAL)))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornGender", "新生儿性别", "newborn.gender"),
            bound("birthTime", "出生时间", "newborn.birthTime", FieldType.DATE_TIME),
            bound("birthWeight", "出生体重", "newborn.birthWeight", FieldType.NUMBER),
            bound("gestationalWeeks", "出生孕周", "newborn.gestationalWeeks", FieldType.NUMBER),
            bound("deliveryInstitution", "分娩机构", "birth.institution"),
            bound("motherName", "母亲姓名", "mother.name"),
            bound("motherIdNumber", "母亲身份证件号码", "mother.idNumber", FieldType.ID_NUMBER),
            bound("motherNationality", "母亲国籍", "mother.nationality"),
            bound("motherEthnicity", "母亲民族", "mother.ethnicity"),
            bound("fatherName", "父亲姓名", "father.name"),
            bound("fatherIdNumber", "父亲身份证件号码", "father.idNumber", FieldType.ID_NUMBER),
            bound("fatherEthnicity", "父亲民族", "father.ethnicity"),
            CONTACT_PHONE))
        .build();
  }

  private static Item vaccinationCertificate() {
    return item(DepartmentKind.HEALTH, 2, "预防接种证办理", ItemType.PUBLIC_SERVICE,
        "《中华人民共和国疫苗管理法》第四十七条", 5, 1)
        .producesLicence("vaccination-certificate")
        .acceptanceConditions("儿童出生后一个月内，由监护人向接种单位申请", "儿童居住地在本省")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.MEDICAL_CARE)
        .keywords("接种证", "疫苗本")
        .materials(List.of(produced("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE,
                "《中华人民共和国疫苗管理法》第四十七条"),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "mother", REFORM)))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornGender", "性别", "newborn.gender"),
            bound("birthTime", "出生日期", "newborn.birthTime", FieldType.DATE_TIME),
            bound("guardianName", "监护人姓名", "mother.name"),
            bound("guardianIdNumber", "监护人身份证件号码", "mother.idNumber", FieldType.ID_NUMBER),
            bound("householdAddress", "现住址", "household.address", FieldType.ADDRESS),
            CONTACT_PHONE))
        .build();
  }

  private static Item birthRegistration() {
    return item(DepartmentKind.PUBLIC_SECURITY, 1, "出生登记（户口登记）", ItemType.CONFIRMATION, HUKOU + "第七条", 30, 1)
        .producesLicence("household-register")
        .acceptanceConditions("新生儿已取得出生医学证明", "父亲或母亲一方为本省常住户口，随父或随母落户")
        .synonyms("上户口", "报户口", "新生儿落户")
        .keywords("户口", "落户", "户籍")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.DOCUMENTS)
        .question(parentsMarried())
        .materials(List.of(produced("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE, HUKOU), fatherId(),
            motherId(), marriageCertificate(),
            licence("householdRegister", "居民户口簿", "household-register", "household", HUKOU)))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornGender", "性别", "newborn.gender"),
            bound("birthTime", "出生日期", "newborn.birthTime", FieldType.DATE_TIME),
            NEWBORN_ETHNICITY,
            bound("medicalCertNo", "出生医学证明编号", "birth.medicalCertNo"),
            free("registerWith", "随父或随母落户", "由父母选择", FieldType.CHOICE),
            free("relationToHead", "与户主关系", "由申请人申报", FieldType.CHOICE),
            bound("householdNumber", "户号", "household.number"),
            bound("householdAddress", "户籍地址", "household.address", FieldType.ADDRESS),
            bound("motherName", "母亲姓名", "mother.name"),
            bound("motherIdNumber", "母亲公民身份号码", "mother.idNumber", FieldType.ID_NUMBER),
            bound("fatherName", "父亲姓名", "father.name"),
            bound("fatherIdNumber", "父亲公民身份号码", "father.idNumber", FieldType.ID_NUMBER),
            new FormField("marriageCertNo", "结婚证字号", FormField.Binding.to("marriage.certificateNo"), FieldType.TEXT,
                true, false, answered("parentsMarried", "yes"))))
        .build();
  }

  private static Item residentMedicalInsurance() {
    return item(DepartmentKind.MEDICAL_INSURANCE, 1, "城乡居民基本医疗保险参保登记", ItemType.PUBLIC_SERVICE,
        SOCIAL_INSURANCE + "第二十五条", 15, 1)
        .acceptanceConditions("新生儿已在本省办理户口登记", "未参加职工基本医疗保险")
        .handlingLevel(RegionCode.Level.TOWNSHIP)
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.MEDICAL_CARE)
        .synonyms("新生儿医保", "参加医保")
        .materials(List.of(produced("householdPage", "新生儿户口簿本人页", BIRTH_REGISTRATION, SOCIAL_INSURANCE),
            produced("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE, SOCIAL_INSURANCE),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "mother", SOCIAL_INSURANCE)))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornIdNumber", "新生儿公民身份号码", "newborn.idNumber", FieldType.ID_NUMBER),
            bound("newbornGender", "性别", "newborn.gender"),
            bound("birthTime", "出生日期", "newborn.birthTime", FieldType.DATE_TIME),
            bound("householdAddress", "户籍地址", "household.address", FieldType.ADDRESS),
            free("contributionTier", "缴费档次", "由参保人选择", FieldType.CHOICE),
            bound("guardianName", "监护人姓名", "mother.name"),
            bound("guardianIdNumber", "监护人身份证件号码", "mother.idNumber", FieldType.ID_NUMBER),
            CONTACT_PHONE,
            bound("medicalCertNo", "出生医学证明编号", "birth.medicalCertNo")))
        .build();
  }

  private static Item socialSecurityCard() {
    return item(DepartmentKind.HUMAN_RESOURCES, 1, "社会保障卡申领", ItemType.PUBLIC_SERVICE, "《社会保障卡管理办法》", 20, 5)
        .producesLicence("social-security-card")
        .acceptanceConditions("已在本省参加社会保险或办理户口登记", "本人未持有有效的全国统一社会保障卡")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.SOCIAL_INSURANCE)
        .synonyms("办社保卡", "市民卡")
        .materials(List.of(produced("householdPage", "新生儿户口簿本人页", BIRTH_REGISTRATION, "《社会保障卡管理办法》"),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "mother", "《社会保障卡管理办法》"),
            own("photo", "新生儿白底证件照片（电子版）", "《社会保障卡管理办法》"),
            produced("enrolment", "医保参保登记凭证", RESIDENT_MEDICAL, "《社会保障卡管理办法》")))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornIdNumber", "公民身份号码", "newborn.idNumber", FieldType.ID_NUMBER),
            bound("newbornGender", "性别", "newborn.gender"),
            NEWBORN_ETHNICITY,
            bound("guardianName", "监护人姓名", "mother.name"),
            bound("guardianIdNumber", "监护人证件号码", "mother.idNumber", FieldType.ID_NUMBER),
            CONTACT_PHONE,
            free("cardBank", "社保卡合作银行", "由申请人选择开户银行", FieldType.CHOICE),
            free("postalAddress", "邮寄地址", "由申请人指定收件地址", FieldType.ADDRESS),
            bound("enrolmentNo", "医保参保编号", "insurance.enrolmentNo")))
        .build();
  }

  private static Item maternityAllowance() {
    return item(DepartmentKind.MEDICAL_INSURANCE, 2, "生育津贴申领", ItemType.PAYMENT, SOCIAL_INSURANCE + "第五十六条",
        20, 5)
        .acceptanceConditions("母亲在本省以职工身份参加生育保险并按规定缴费", "分娩日期在参保缴费期间")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.SOCIAL_INSURANCE)
        .synonyms("生育保险报销", "产假工资")
        .materials(List.of(produced("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE, SOCIAL_INSURANCE),
            shared("employment", "职工参保缴费记录", "insurance.contributionRecord", SOCIAL_INSURANCE)))
        .fields(fields(person("mother", "参保人", "mother"), List.of(
            bound("employer", "参保单位", "insurance.employer"),
            bound("birthTime", "分娩日期", "newborn.birthTime", FieldType.DATE_TIME),
            free("bankAccount", "津贴发放银行账号", "由参保人指定本人银行账户"))))
        .build();
  }

  private static Item infantCareDeduction() {
    return item(DepartmentKind.TAX, 1, "3岁以下婴幼儿照护专项附加扣除信息采集", ItemType.OTHER,
        "《国务院关于设立3岁以下婴幼儿照护个人所得税专项附加扣除的通知》", 5, 1)
        .acceptanceConditions("纳税人为3岁以下婴幼儿的父母（监护人）", "纳税人在本年度有综合所得")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.TAXES_AND_FEES)
        .keywords("个税", "专项附加扣除")
        .question(parentsMarried())
        .materials(List.of(produced("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE, TAX_ADMIN),
            marriageCertificate()))
        .fields(List.of(
            bound("taxpayerName", "纳税人姓名", "father.name"),
            bound("taxpayerIdNumber", "纳税人身份证件号码", "father.idNumber", FieldType.ID_NUMBER),
            NEWBORN_NAME,
            bound("childBirthDate", "子女出生日期", "newborn.birthTime", FieldType.DATE),
            free("deductionShare", "扣除分配比例", "由父母约定（100% 或各 50%）", FieldType.CHOICE)))
        .build();
  }

  private static Bundle birthBundle() {
    return new Bundle(BIRTH, "出生一件事", LifeEventTheme.BIRTH_ADOPTION,
        List.of(parentsMarried(), yesNo("socialSecurityCard", "是否为新生儿申领社会保障卡？"),
            yesNo("motherEmployeeInsured", "母亲是否以职工身份参加生育保险？")),
        List.of(Bundle.Entry.always(BIRTH_CERTIFICATE), Bundle.Entry.always(BIRTH_REGISTRATION),
            Bundle.Entry.always(RESIDENT_MEDICAL),
            new Bundle.Entry(SOCIAL_SECURITY_CARD, answered("socialSecurityCard", "yes")),
            Bundle.Entry.always(VACCINATION), Bundle.Entry.always(INFANT_CARE),
            new Bundle.Entry(MATERNITY, answered("motherEmployeeInsured", "yes"))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ONLINE_ONLINE),
            "出生医学证明、户口簿本人页、社会保障卡邮寄送达；电子证照推送至“我的证照”"),
        List.of("新生儿", "生孩子", "上户口", "报户口", "出生证"));
  }

  // ---------------------------------------------------------------- other personal items

  private static Item physicianRegistration() {
    return item(DepartmentKind.HEALTH, 3, "医师执业注册", ItemType.LICENSING, "《中华人民共和国医师法》第十四条", 20, 5)
        .handlingLevel(RegionCode.Level.CITY)
        .themes(LifeEventTheme.EMPLOYMENT)
        .synonyms("医师注册", "医生执业证", "执业医师注册")
        .materials(List.of(ID_CARD, own("qualification", "医师资格证书", "《中华人民共和国医师法》第十四条"),
            own("healthCheck", "六个月内的健康体检表", "《医师执业注册管理办法》第十一条"),
            own("employerOpinion", "拟执业机构的聘用证明", "《医师执业注册管理办法》第十一条")))
        .fields(fields(applicant(), List.of(free("practiceScope", "执业范围", "由申请人按资格类别选择", FieldType.CHOICE),
            free("institution", "拟执业机构", "由申请人填写聘用机构"))))
        .build();
  }

  private static Item idCard() {
    return item(DepartmentKind.PUBLIC_SECURITY, 2, "居民身份证申领", ItemType.CONFIRMATION, "《中华人民共和国居民身份证法》",
        60, 20)
        .producesLicence("resident-id-card")
        .acceptanceConditions("申请人为本省常住户口居民", "年满十六周岁或由监护人代为申领的未满十六周岁公民")
        .fee(new BigDecimal("20"))
        .visits(Visits.once("《中华人民共和国居民身份证法》第三条、第十三条：申领时须本人到场采集指纹和人像"))
        .onlineDepth(OnlineDepth.PRE_EXAMINATION)
        .deliveryMethods(DeliveryMethod.ON_SITE, DeliveryMethod.ON_SITE_COURIER)
        .themes(LifeEventTheme.DOCUMENTS)
        .synonyms("办身份证", "补办身份证", "换身份证")
        .materials(List.of(licence("householdRegister", "居民户口簿", "household-register", "household",
            "《中华人民共和国居民身份证法》第八条")))
        .fields(fields(applicant(), List.of(bound("householdAddress", "户籍地址", "household.address", FieldType.ADDRESS),
            free("reason", "申领原因", "首次申领、换领或补领，由申请人选择", FieldType.CHOICE))))
        .build();
  }

  private static Item hukouMigration() {
    return item(DepartmentKind.PUBLIC_SECURITY, 3, "户口迁移（投靠亲属）", ItemType.CONFIRMATION, HUKOU + "第十条", 20, 5)
        .themes(LifeEventTheme.HOUSING, LifeEventTheme.DOCUMENTS)
        .synonyms("迁户口", "户口迁入")
        .materials(List.of(ID_CARD, licence("householdRegister", "迁入地居民户口簿", "household-register", "household",
                HUKOU + "第十条"),
            shared("relation", "亲属关系证明", "household.relation", HUKOU + "第十条")))
        .fields(fields(applicant(), List.of(bound("householdNumber", "迁入户号", "household.number"),
            free("reason", "迁移原因", "由申请人申报"))))
        .build();
  }

  private static Item deathDeregistration() {
    return item(DepartmentKind.PUBLIC_SECURITY, 5, "死亡户口注销", ItemType.CONFIRMATION, HUKOU + "第八条", 5, 1)
        .themes(LifeEventTheme.AFTER_DEATH)
        .synonyms("销户", "注销户口")
        .materials(List.of(shared("deathCertificate", "居民死亡医学证明", "death.medicalCertNo", HUKOU + "第八条"),
            licence("householdRegister", "居民户口簿", "household-register", "household", HUKOU + "第八条")))
        .fields(fields(applicant(), person("deceased", "死者", "deceased"),
            List.of(bound("deathDate", "死亡日期", "death.date", FieldType.DATE))))
        .build();
  }

  private static Item marriageRegistration() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 1, "内地居民结婚登记", ItemType.CONFIRMATION, "《婚姻登记条例》第四条", 1, 1)
        .producesLicence("marriage-certificate")
        .acceptanceConditions("男女双方均为内地居民，达到法定婚龄", "双方均无配偶，自愿结婚，非直系血亲和三代以内旁系血亲")
        .visits(Visits.once("《婚姻登记条例》第四条：要求结婚的男女双方应当共同到婚姻登记机关办理结婚登记"))
        .onlineDepth(OnlineDepth.PRE_EXAMINATION)
        .deliveryMethods(DeliveryMethod.ON_SITE)
        .themes(LifeEventTheme.MARRIAGE)
        .synonyms("领结婚证", "领证", "结婚")
        .materials(List.of(licence("idCards", "双方居民身份证", "resident-id-card", "couple", "《婚姻登记条例》第五条"),
            own("photos", "双方近期半身免冠合影照片", "《婚姻登记工作规范》第二十九条")))
        .fields(fields(person("bride", "女方", "bride"), person("groom", "男方", "groom"),
            List.of(free("appointment", "预约登记日期", "由双方选择", FieldType.DATE))))
        .build();
  }

  private static final ItemCode ELDERLY_CARD = code(DepartmentKind.CIVIL_AFFAIRS, 2);
  private static final ItemCode OLD_AGE_ALLOWANCE = code(DepartmentKind.CIVIL_AFFAIRS, 3);
  private static final ItemCode RESIDENT_PENSION = code(DepartmentKind.HUMAN_RESOURCES, 3);
  private static final ItemCode PENSION_ELIGIBILITY = code(DepartmentKind.HUMAN_RESOURCES, 4);

  private static Item elderlyCard() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 2, "老年人优待证办理", ItemType.PUBLIC_SERVICE, ELDERLY + "第五十七条", 10, 3)
        .producesLicence("elderly-preferential-card")
        .acceptanceConditions("年满60周岁", "本省户籍或持有本省居住证")
        .handlingLevel(RegionCode.Level.TOWNSHIP)
        .themes(LifeEventTheme.ELDERLY_CARE)
        .synonyms("老年证", "敬老卡", "老人优待证")
        .materials(List.of(ID_CARD, own("photo", "本人近期证件照片（电子版）", "《浙江省老年人优待证管理办法》")))
        .fields(fields(applicant(), List.of(bound("birthDate", "出生日期", "person.birthDate", FieldType.DATE),
            bound("address", "居住地址", "household.address", FieldType.ADDRESS))))
        .build();
  }

  private static Item oldAgeAllowance() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 3, "高龄津贴申领", ItemType.PAYMENT, "《浙江省实施〈中华人民共和国老年人权益保障法〉办法》",
        20, 10)
        .acceptanceConditions("年满80周岁（各地标准可更优）", "本省户籍")
        .handlingLevel(RegionCode.Level.TOWNSHIP)
        .themes(LifeEventTheme.ELDERLY_CARE)
        .synonyms("高龄补贴", "长寿金")
        .materials(List.of(ID_CARD))
        .fields(fields(applicant(), List.of(bound("birthDate", "出生日期", "person.birthDate", FieldType.DATE),
            free("bankAccount", "发放银行账号", "由申请人指定本人银行账户"))))
        .build();
  }

  private static Item marriageRecordCertificate() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 4, "婚姻登记档案查询", ItemType.PUBLIC_SERVICE, "《婚姻登记档案管理办法》第十七条",
        5, 1)
        .themes(LifeEventTheme.MARRIAGE)
        .synonyms("婚姻状况证明", "单身证明")
        .materials(List.of(ID_CARD))
        .fields(fields(applicant(), List.of(free("purpose", "查询用途", "由申请人说明"))))
        .build();
  }

  private static Item funeralSubsidy() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 5, "基本殡葬服务费用减免", ItemType.PAYMENT, "《殡葬管理条例》", 10, 3)
        .themes(LifeEventTheme.AFTER_DEATH)
        .synonyms("丧葬补贴", "殡葬补助")
        .materials(List.of(shared("deathCertificate", "居民死亡医学证明", "death.medicalCertNo", "《殡葬管理条例》"),
            shared("cremation", "火化证明", "death.cremationNo", "《殡葬管理条例》")))
        .fields(fields(applicant(), person("deceased", "逝者", "deceased"),
            List.of(free("bankAccount", "减免款发放账号", "由经办亲属指定"))))
        .build();
  }

  private static Item residentPension() {
    return item(DepartmentKind.HUMAN_RESOURCES, 3, "城乡居民基本养老保险待遇申领", ItemType.PAYMENT,
        SOCIAL_INSURANCE + "第二十一条", 20, 5)
        .acceptanceConditions("年满60周岁", "累计缴费满15年且未领取其他基本养老保险待遇")
        .themes(LifeEventTheme.ELDERLY_CARE, LifeEventTheme.SOCIAL_INSURANCE)
        .synonyms("领养老金", "退休金", "养老金申领")
        .materials(List.of(ID_CARD, shared("contributions", "养老保险缴费记录", "insurance.contributionRecord",
            SOCIAL_INSURANCE + "第二十一条")))
        .fields(fields(applicant(), List.of(bound("birthDate", "出生日期", "person.birthDate", FieldType.DATE),
            free("bankAccount", "养老金发放账号", "由本人指定社保卡金融账户或银行账户"))))
        .build();
  }

  private static Item pensionEligibility() {
    return item(DepartmentKind.HUMAN_RESOURCES, 4, "养老保险待遇领取资格认证", ItemType.CONFIRMATION,
        "《人力资源社会保障部关于全面取消领取社会保险待遇资格集中认证的通知》", 5, 1)
        .acceptanceConditions("已按月领取基本养老保险待遇", "本人生存状态须每年核验一次")
        .themes(LifeEventTheme.ELDERLY_CARE)
        .synonyms("生存认证", "养老金认证")
        .materials(List.of(ID_CARD))
        .fields(applicant())
        .build();
  }

  private static Item unemploymentBenefit() {
    return item(DepartmentKind.HUMAN_RESOURCES, 5, "失业保险金申领", ItemType.PAYMENT, SOCIAL_INSURANCE + "第四十五条", 20,
        5)
        .themes(LifeEventTheme.EMPLOYMENT, LifeEventTheme.SOCIAL_INSURANCE)
        .synonyms("失业金", "领失业金")
        .materials(List.of(ID_CARD, shared("termination", "解除或终止劳动合同证明", "employment.terminationRecord",
            "《失业保险条例》第十六条")))
        .fields(fields(applicant(), List.of(bound("employer", "原工作单位", "employment.lastEmployer"),
            free("bankAccount", "失业保险金发放账号", "由本人指定"))))
        .build();
  }

  private static Item employmentRegistration() {
    return item(DepartmentKind.HUMAN_RESOURCES, 6, "就业登记", ItemType.PUBLIC_SERVICE, "《就业服务与就业管理规定》第六十二条",
        5, 1)
        .themes(LifeEventTheme.EMPLOYMENT)
        .synonyms("就业失业登记", "办理就业")
        .materials(List.of(ID_CARD))
        .fields(fields(applicant(), List.of(bound("employer", "用人单位", "employment.employer"),
            free("position", "工作岗位", "由本人填写"))))
        .build();
  }

  private static Item outOfProvinceTreatment() {
    return item(DepartmentKind.MEDICAL_INSURANCE, 4, "异地就医备案", ItemType.PUBLIC_SERVICE,
        "《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》", 5, 1)
        .themes(LifeEventTheme.MEDICAL_CARE)
        .synonyms("异地医保", "跨省就医")
        .materials(List.of(ID_CARD))
        .fields(fields(applicant(), List.of(free("destination", "就医地", "由本人选择就医城市", FieldType.ADDRESS),
            free("startDate", "备案开始日期", "由本人选择", FieldType.DATE))))
        .build();
  }

  private static Item publicRentalHousing() {
    return item(DepartmentKind.HOUSING, 3, "公共租赁住房申请", ItemType.PUBLIC_SERVICE, "《公共租赁住房管理办法》第七条", 30,
        20)
        .themes(LifeEventTheme.HOUSING)
        .synonyms("公租房", "廉租房")
        .materials(List.of(ID_CARD, licence("householdRegister", "居民户口簿", "household-register", "household",
                "《公共租赁住房管理办法》第七条"),
            shared("property", "家庭住房情况", "property.holdings", "《公共租赁住房管理办法》第七条")))
        .fields(fields(applicant(), List.of(bound("householdNumber", "户号", "household.number"),
            free("familySize", "共同申请人数", "由申请人申报", FieldType.NUMBER))))
        .build();
  }

  private static Item schoolEnrolment() {
    return item(DepartmentKind.EDUCATION, 1, "义务教育阶段入学报名", ItemType.PUBLIC_SERVICE,
        "《中华人民共和国义务教育法》第十二条", 30, 15)
        .themes(LifeEventTheme.EDUCATION)
        .synonyms("小学报名", "入学登记", "上学")
        .materials(List.of(licence("householdRegister", "居民户口簿", "household-register", "household",
                "《中华人民共和国义务教育法》第十二条"),
            shared("property", "房产或居住证明", "property.certificateNo", "《中华人民共和国义务教育法》第十二条"),
            licence("vaccinationCertificate", "预防接种证", "vaccination-certificate", "child",
                "《中华人民共和国疫苗管理法》第四十八条")))
        .fields(fields(person("child", "儿童", "child"), applicant(),
            List.of(free("school", "报名学校", "由监护人在学区内选择", FieldType.CHOICE))))
        .build();
  }

  private static Item teacherQualification() {
    return item(DepartmentKind.EDUCATION, 2, "教师资格认定", ItemType.LICENSING, "《教师资格条例》第十三条", 30, 20)
        .handlingLevel(RegionCode.Level.CITY)
        .themes(LifeEventTheme.EMPLOYMENT, LifeEventTheme.EDUCATION)
        .synonyms("教师资格证")
        .materials(List.of(ID_CARD, own("healthCheck", "体检合格证明", "《教师资格条例实施办法》第十六条"),
            shared("exam", "中小学教师资格考试合格证明", "education.teacherExam", "《教师资格条例实施办法》第十六条")))
        .fields(fields(applicant(), List.of(free("subject", "任教学科", "由申请人选择", FieldType.CHOICE))))
        .build();
  }

  private static Item taxiDriverQualification() {
    return item(DepartmentKind.TRANSPORT, 2, "出租汽车驾驶员从业资格证核发", ItemType.LICENSING,
        "《出租汽车驾驶员从业资格管理规定》第十五条", 10, 5)
        .handlingLevel(RegionCode.Level.CITY)
        .themes(LifeEventTheme.EMPLOYMENT)
        .synonyms("网约车驾驶证", "出租车资格证")
        .materials(List.of(ID_CARD, shared("driving", "机动车驾驶证", "person.drivingLicenceNo",
            "《出租汽车驾驶员从业资格管理规定》第十五条")))
        .fields(fields(applicant(), List.of(free("examScore", "考试成绩单号", "由考试机构出具"))))
        .build();
  }

  private static Item vehicleTransfer() {
    return item(DepartmentKind.TRANSPORT, 3, "道路运输证配发", ItemType.LICENSING, "《中华人民共和国道路运输条例》第二十四条",
        10, 3)
        .themes(LifeEventTheme.ENTERPRISE_OPERATION)
        .synonyms("营运证")
        .materials(List.of(BUSINESS_LICENCE, shared("vehicle", "机动车行驶证", "vehicle.registrationNo",
            "《中华人民共和国道路运输条例》第二十四条")))
        .fields(fields(enterprise(), List.of(free("plate", "车辆号牌", "由申请人填写"))))
        .build();
  }

  // ---------------------------------------------------------------- enterprises

  private static final ItemCode COMPANY = code(DepartmentKind.MARKET_REGULATION, 1);
  private static final ItemCode FOOD_PERMIT = code(DepartmentKind.MARKET_REGULATION, 2);
  private static final ItemCode SEAL = code(DepartmentKind.PUBLIC_SECURITY, 4);
  private static final ItemCode NEW_TAXPAYER = code(DepartmentKind.TAX, 2);
  private static final ItemCode INVOICES = code(DepartmentKind.TAX, 3);
  private static final ItemCode EMPLOYER_SOCIAL = code(DepartmentKind.HUMAN_RESOURCES, 2);
  private static final ItemCode EMPLOYER_FUND = code(DepartmentKind.HOUSING_FUND, 1);
  private static final ItemCode EMPLOYER_MEDICAL = code(DepartmentKind.MEDICAL_INSURANCE, 3);
  private static final ItemCode SIGNBOARD = code(DepartmentKind.HOUSING, 2);

  private static Item companyRegistration() {
    return item(DepartmentKind.MARKET_REGULATION, 1, "企业设立登记", ItemType.LICENSING, MARKET + "第三条", 3, 1)
        .producesLicence("business-licence")
        .acceptanceConditions("拟设企业名称已自主申报且无重名", "住所、经营范围符合法律法规规定")
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("办营业执照", "注册公司", "开公司", "营业执照")
        .trustFirst(true)
        .materials(List.of(ID_CARD, own("articles", "公司章程", MARKET + "第十六条"),
            own("premises", "住所使用证明（承诺制）", MARKET + "第十六条")))
        .fields(fields(applicant(), List.of(free("enterpriseName", "拟设企业名称", "自主申报的企业名称"),
            free("businessScope", "经营范围", "从经营范围规范表述目录中选择"),
            free("registeredCapital", "注册资本（万元）", "由投资人约定", FieldType.NUMBER),
            free("enterpriseAddress", "住所", "由申请人申报", FieldType.ADDRESS))))
        .build();
  }

  private static Item foodPermit() {
    return item(DepartmentKind.MARKET_REGULATION, 2, "食品经营许可", ItemType.LICENSING,
        FOOD + "第三十五条；《食品经营许可和备案管理办法》", 10, 3)
        .producesLicence("food-operation-permit")
        .processModel("onevisitItemWithInspection")
        .acceptanceConditions("已取得营业执照", "有与经营的食品品种、数量相适应的经营场所和设备设施")
        .themes(LifeEventTheme.ENTERPRISE_OPENING, LifeEventTheme.ENTERPRISE_OPERATION)
        .synonyms("餐饮许可证", "食品经营许可证", "开饭店")
        .question(operatorForm())
        .materials(List.of(companyLicence("《食品经营许可和备案管理办法》"), individualLicence("《食品经营许可和备案管理办法》"),
            own("layout", "经营场所平面布局图", "《食品经营许可和备案管理办法》第十四条"),
            own("safetyRules", "食品安全管理制度", "《食品经营许可和备案管理办法》第十四条")))
        .fields(fields(enterprise(), List.of(free("category", "经营项目", "按经营项目分类选择", FieldType.CHOICE),
            free("manager", "食品安全管理人员", "由经营者指定"))))
        .build();
  }

  private static Item companyDeregistration() {
    return item(DepartmentKind.MARKET_REGULATION, 3, "企业注销登记", ItemType.LICENSING, MARKET + "第三十一条", 10, 3)
        .themes(LifeEventTheme.ENTERPRISE_CLOSURE)
        .synonyms("注销公司", "公司注销")
        .materials(List.of(BUSINESS_LICENCE, own("resolution", "注销决议", MARKET + "第三十二条"),
            own("liquidation", "清算报告", MARKET + "第三十二条")))
        .fields(enterprise())
        .build();
  }

  private static Item companyChange() {
    return item(DepartmentKind.MARKET_REGULATION, 4, "企业变更登记", ItemType.LICENSING, MARKET + "第二十四条", 3, 1)
        .themes(LifeEventTheme.ENTERPRISE_CHANGE)
        .synonyms("变更法人", "变更地址", "公司变更")
        .materials(List.of(BUSINESS_LICENCE, own("resolution", "变更决议", MARKET + "第二十四条")))
        .fields(fields(enterprise(), List.of(free("change", "变更事项", "由企业申报", FieldType.CHOICE))))
        .build();
  }

  private static Item sealRecord() {
    return item(DepartmentKind.PUBLIC_SECURITY, 4, "公章刻制备案", ItemType.OTHER, "《印铸刻字业暂行管理规则》", 1, 1)
        .acceptanceConditions("已取得营业执照", "通过经公安机关备案的印章刻制企业刻制")
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("刻章", "刻公章")
        .materials(List.of(produced("businessLicence", "营业执照", COMPANY, "《印铸刻字业暂行管理规则》"), ID_CARD))
        .fields(fields(enterprise(), List.of(free("sealTypes", "印章种类", "由企业选择（公章、财务章等）", FieldType.CHOICE))))
        .build();
  }

  private static Item newTaxpayer() {
    return item(DepartmentKind.TAX, 2, "新办纳税人涉税信息确认", ItemType.OTHER, TAX_ADMIN + "第十五条", 1, 1)
        .acceptanceConditions("已取得营业执照", "首次在本省办理涉税事项")
        .themes(LifeEventTheme.ENTERPRISE_OPENING, LifeEventTheme.TAXES_AND_FEES)
        .synonyms("税务登记", "新办税务")
        .materials(List.of(produced("businessLicence", "营业执照", COMPANY, TAX_ADMIN + "第十五条")))
        .fields(fields(enterprise(), List.of(free("accountant", "财务负责人", "由企业指定"))))
        .build();
  }

  private static Item invoices() {
    return item(DepartmentKind.TAX, 3, "发票领用", ItemType.OTHER, "《中华人民共和国发票管理办法》第十五条", 1, 1)
        .acceptanceConditions("已完成新办纳税人涉税信息确认", "经办人已实名认证")
        .themes(LifeEventTheme.ENTERPRISE_OPENING, LifeEventTheme.TAXES_AND_FEES)
        .synonyms("领发票", "申领发票", "数电发票")
        .materials(List.of(produced("taxConfirmation", "涉税信息确认结果", NEW_TAXPAYER,
            "《中华人民共和国发票管理办法》第十五条")))
        .fields(fields(enterprise(), List.of(free("invoiceTypes", "发票种类", "由企业选择", FieldType.CHOICE))))
        .build();
  }

  private static Item employerSocialInsurance() {
    return item(DepartmentKind.HUMAN_RESOURCES, 2, "单位社会保险登记", ItemType.CONFIRMATION, SOCIAL_INSURANCE + "第五十七条",
        15, 1)
        .acceptanceConditions("用人单位已取得营业执照", "自成立之日起三十日内申请")
        .themes(LifeEventTheme.ENTERPRISE_OPENING, LifeEventTheme.SOCIAL_INSURANCE)
        .synonyms("单位社保开户", "社保登记")
        .materials(List.of(produced("businessLicence", "营业执照", COMPANY, SOCIAL_INSURANCE + "第五十七条")))
        .fields(fields(enterprise(), List.of(free("contact", "社保经办人", "由单位指定"))))
        .build();
  }

  private static Item employerHousingFund() {
    return item(DepartmentKind.HOUSING_FUND, 1, "住房公积金单位缴存登记", ItemType.PUBLIC_SERVICE, HOUSING_FUND + "第十四条",
        5, 1)
        .acceptanceConditions("单位已取得营业执照", "自设立之日起三十日内申请")
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("公积金开户", "单位公积金")
        .materials(List.of(produced("businessLicence", "营业执照", COMPANY, HOUSING_FUND + "第十四条")))
        .fields(fields(enterprise(), List.of(free("contributionRate", "缴存比例", "由单位在 5%–12% 之间确定",
            FieldType.NUMBER))))
        .build();
  }

  private static Item employerMedicalInsurance() {
    return item(DepartmentKind.MEDICAL_INSURANCE, 3, "单位职工医疗保险参保登记", ItemType.CONFIRMATION,
        SOCIAL_INSURANCE + "第五十七条", 15, 1)
        .acceptanceConditions("用人单位已取得营业执照", "自成立之日起三十日内申请")
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("单位医保开户")
        .materials(List.of(produced("businessLicence", "营业执照", COMPANY, SOCIAL_INSURANCE + "第五十七条")))
        .fields(enterprise())
        .build();
  }

  private static Item signboard() {
    return item(DepartmentKind.HOUSING, 2, "户外招牌设置审核", ItemType.LICENSING, "《城市市容和环境卫生管理条例》第十一条",
        20, 5)
        .acceptanceConditions("已取得营业执照", "招牌设置符合所在城市户外招牌设置规划（导则）")
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("店招审批", "招牌备案")
        .question(operatorForm())
        .materials(List.of(companyLicence("《城市市容和环境卫生管理条例》第十一条"),
            individualLicence("《城市市容和环境卫生管理条例》第十一条"),
            own("design", "招牌设计效果图", "《浙江省城市市容和环境卫生管理条例》")))
        .fields(fields(enterprise(), List.of(free("size", "招牌尺寸", "由申请人按设计图填写"))))
        .build();
  }

  private static Item roadTransportPermit() {
    return item(DepartmentKind.TRANSPORT, 1, "道路普通货物运输经营许可", ItemType.LICENSING,
        "《中华人民共和国道路运输条例》第二十四条", 20, 5)
        .handlingLevel(RegionCode.Level.COUNTY)
        .themes(LifeEventTheme.ENTERPRISE_OPERATION)
        .synonyms("货运许可", "道路运输许可证")
        .materials(List.of(BUSINESS_LICENCE, own("safetyRules", "安全生产管理制度文本", "《道路货物运输及站场管理规定》第十条")))
        .fields(fields(enterprise(), List.of(free("vehicles", "拟投入车辆数", "由申请人申报", FieldType.NUMBER))))
        .build();
  }

  private static Bundle companyBundle() {
    return new Bundle(BundleCode.of("YJS-QYKB"), "企业开办一件事", LifeEventTheme.ENTERPRISE_OPENING,
        List.of(yesNo("needInvoices", "是否需要领用发票？"), yesNo("hasEmployees", "是否招用职工？")),
        List.of(Bundle.Entry.always(COMPANY), Bundle.Entry.always(SEAL), Bundle.Entry.always(NEW_TAXPAYER),
            new Bundle.Entry(INVOICES, answered("needInvoices", "yes")),
            new Bundle.Entry(EMPLOYER_SOCIAL, answered("hasEmployees", "yes")),
            new Bundle.Entry(EMPLOYER_MEDICAL, answered("hasEmployees", "yes")),
            new Bundle.Entry(EMPLOYER_FUND, answered("hasEmployees", "yes"))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ONLINE_COLLECT),
            "营业执照、印章、税控设备一次领取或免费寄递；电子营业执照即时可用"),
        List.of("开公司", "办执照", "企业开办"));
  }

  private static Bundle restaurantBundle() {
    return new Bundle(BundleCode.of("YJS-CG"), "开餐馆一件事", LifeEventTheme.ENTERPRISE_OPENING,
        List.of(operatorForm(), yesNo("signboard", "是否设置户外招牌？"),
            new Question("hasEmployees", "是否招用员工？",
                List.of(Question.Option.of("yes", "是"), Question.Option.of("no", "否")), true,
                answered("operatorForm", "company"))),
        List.of(new Bundle.Entry(COMPANY, answered("operatorForm", "company")),
            new Bundle.Entry(INDIVIDUAL_BUSINESS, answered("operatorForm", "individual")),
            Bundle.Entry.always(FOOD_PERMIT),
            new Bundle.Entry(SIGNBOARD, answered("signboard", "yes")),
            new Bundle.Entry(NEW_TAXPAYER, answered("operatorForm", "company")),
            new Bundle.Entry(EMPLOYER_SOCIAL,
                Condition.allOf(answered("operatorForm", "company"), answered("hasEmployees", "yes")))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ONLINE_ONLINE),
            "营业执照和食品经营许可证电子证照同步发放，纸质证照邮寄送达"),
        List.of("开饭店", "开餐厅", "餐饮店", "开小吃店"));
  }

  private static final ItemCode INDIVIDUAL_BUSINESS = code(DepartmentKind.MARKET_REGULATION, 6);

  /** 经营主体形式: asked by the items that need the business licence, and once by the restaurant bundle. */
  private static Question operatorForm() {
    return Question.of("operatorForm", "以何种主体形式经营？", Question.Option.of("company", "公司（企业）"),
        Question.Option.of("individual", "个体工商户"));
  }

  private static Material companyLicence(String basis) {
    return material("businessLicence", "营业执照", new MaterialSource.ProducedBy(COMPANY), basis,
        answered("operatorForm", "company"));
  }

  private static Material individualLicence(String basis) {
    return material("individualLicence", "个体工商户营业执照", new MaterialSource.ProducedBy(INDIVIDUAL_BUSINESS), basis,
        answered("operatorForm", "individual"));
  }

  private static Item individualBusiness() {
    return item(DepartmentKind.MARKET_REGULATION, 6, "个体工商户设立登记", ItemType.LICENSING,
        MARKET + "；《促进个体工商户发展条例》", 3, 1)
        .acceptanceConditions("经营者为有经营能力的自然人或家庭", "经营场所符合规定，名称经自主申报")
        .trustFirst(true)
        .themes(LifeEventTheme.ENTERPRISE_OPENING)
        .synonyms("个体户执照", "开小店", "开店", "办营业执照")
        .materials(List.of(ID_CARD, own("premises", "经营场所使用证明（承诺制）", MARKET + "第十六条")))
        .fields(fields(applicant(), List.of(
            bound("operatorAddress", "经营者住所", "household.address", FieldType.ADDRESS),
            free("enterpriseName", "个体工商户名称", "自主申报的名称"),
            free("businessScope", "经营范围", "从经营范围规范表述目录中选择"),
            free("enterpriseAddress", "经营场所", "由经营者申报", FieldType.ADDRESS),
            free("form", "组成形式", "个人经营或家庭经营，由经营者选择", FieldType.CHOICE))))
        .build();
  }

  private static Item birthCertificateReissue() {
    String basis = "《国家卫生计生委关于启用和规范管理新版〈出生医学证明〉的通知》";
    return item(DepartmentKind.HEALTH, 4, "出生医学证明换发", ItemType.CONFIRMATION, MATERNAL + "第二十三条；" + basis, 20,
        5)
        .acceptanceConditions("《出生医学证明》首次签发后新生儿姓名变更或登记项目有误", "由新生儿父母或其他监护人申请")
        .themes(LifeEventTheme.BIRTH_ADOPTION, LifeEventTheme.DOCUMENTS)
        .synonyms("出生证改名", "出生证换发", "出生证明信息变更")
        .materials(List.of(licence("birthMedicalCertificate", "原出生医学证明", "birth-medical-certificate", "child", basis),
            licence("householdRegister", "子女居民户口簿", "household-register", "household", basis),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "applicant", basis)))
        .fields(fields(applicant(), List.of(bound("childName", "子女姓名（户籍登记）", "child.name"),
            bound("medicalCertNo", "原出生医学证明编号", "birth.medicalCertNo"),
            free("reason", "换发原因", "姓名变更或登记项目差错，由监护人说明", FieldType.CHOICE))))
        .build();
  }

  private static Item foodPermitChange() {
    String basis = "《食品经营许可和备案管理办法》";
    return item(DepartmentKind.MARKET_REGULATION, 5, "食品经营许可变更", ItemType.LICENSING, FOOD + "第三十五条；" + basis, 10,
        3)
        .acceptanceConditions("持有有效的食品经营许可证", "许可证载明的事项发生变化")
        .themes(LifeEventTheme.ENTERPRISE_CHANGE)
        .synonyms("食品经营许可证变更", "餐饮许可变更")
        .question(Question.of("change", "变更哪类事项？", Question.Option.of("layout", "经营场所布局或设施"),
            Question.Option.of("registration", "名称、法定代表人等登记事项")))
        .materials(List.of(licence("foodPermit", "食品经营许可证", "food-operation-permit", "enterprise", basis),
            BUSINESS_LICENCE,
            material("layout", "变更后的经营场所平面布局图", MaterialSource.applicant(), basis, answered("change", "layout"))))
        .fields(fields(enterprise(), List.of(bound("permitNo", "许可证编号", "enterprise.foodPermitNo"),
            free("changeContent", "变更内容", "由经营者说明变更前后情况"))))
        .build();
  }

  private static Item elderlyCardReplacement() {
    return item(DepartmentKind.CIVIL_AFFAIRS, 6, "老年人优待证补领、换领", ItemType.PUBLIC_SERVICE, ELDERLY + "第五十七条",
        10, 3)
        .handlingLevel(RegionCode.Level.TOWNSHIP)
        .acceptanceConditions("已办理老年人优待证", "原证遗失、损坏或信息变更")
        .themes(LifeEventTheme.ELDERLY_CARE)
        .synonyms("老年证补办", "老年证丢了")
        .question(Question.of("lost", "原优待证是否遗失？", Question.Option.of("yes", "已遗失"), Question.Option.of("no",
            "损坏或信息变更")))
        .materials(List.of(ID_CARD,
            material("elderlyCard", "原老年人优待证", MaterialSource.licence("elderly-preferential-card", "applicant"),
                "《浙江省老年人优待证管理办法》", answered("lost", "no"))))
        .fields(fields(applicant(), List.of(bound("birthDate", "出生日期", "person.birthDate", FieldType.DATE),
            free("postalAddress", "邮寄地址", "由申请人指定收件地址", FieldType.ADDRESS))))
        .build();
  }

  private static Item socialSecurityCardReplacement() {
    return item(DepartmentKind.HUMAN_RESOURCES, 7, "社会保障卡补领、换领", ItemType.PUBLIC_SERVICE, "《社会保障卡管理办法》",
        20, 1)
        .acceptanceConditions("持卡人已办理社会保障卡", "原卡遗失（已挂失）、损坏或到期")
        .themes(LifeEventTheme.SOCIAL_INSURANCE, LifeEventTheme.DOCUMENTS)
        .synonyms("社保卡补办", "社保卡丢了", "换社保卡", "市民卡补办")
        .question(Question.of("lost", "原社会保障卡是否遗失？", Question.Option.of("yes", "已遗失并挂失"),
            Question.Option.of("no", "损坏或到期")))
        .materials(List.of(ID_CARD,
            material("socialSecurityCard", "原社会保障卡", MaterialSource.licence("social-security-card", "applicant"),
                "《社会保障卡管理办法》", answered("lost", "no")),
            shared("photo", "本人证件照片（取自居民身份证制证照片）", "person.photo", "《社会保障卡管理办法》")))
        .fields(fields(applicant(), List.of(free("cardBank", "社保卡合作银行", "由申请人选择开户银行", FieldType.CHOICE),
            free("postalAddress", "邮寄地址", "由申请人指定收件地址", FieldType.ADDRESS))))
        .build();
  }

  private static final ItemCode UTILITIES = code(DepartmentKind.HOUSING, 4);

  private static Item utilitiesTransfer() {
    String basis = "《城市供水条例》；《城镇燃气管理条例》";
    return item(DepartmentKind.HOUSING, 4, "供水、供气过户（不动产登记联动）", ItemType.PUBLIC_SERVICE, basis, 5, 1)
        .acceptanceConditions("房屋已办理不动产转移登记", "原户无欠费或欠费已结清")
        .themes(LifeEventTheme.HOUSING)
        .synonyms("水电气过户", "水费过户", "燃气过户")
        .materials(List.of(produced("propertyCertificate", "不动产权证书（转移登记后）", PROPERTY_TRANSFER, basis),
            licence("buyerId", "买受人居民身份证", "resident-id-card", "applicant", basis)))
        .fields(fields(applicant(), List.of(bound("propertyAddress", "房屋坐落", "property.address", FieldType.ADDRESS),
            free("waterAccount", "供水户号", "户号由供水企业编制，共享库未归集"),
            free("gasAccount", "燃气户号", "户号由燃气企业编制，共享库未归集"))))
        .build();
  }

  // ---------------------------------------------------------------- real estate and housing fund

  private static final ItemCode PROPERTY_TRANSFER = code(DepartmentKind.NATURAL_RESOURCES, 1);
  private static final ItemCode MORTGAGE = code(DepartmentKind.NATURAL_RESOURCES, 2);
  private static final ItemCode CONTRACT = code(DepartmentKind.HOUSING, 1);
  private static final ItemCode DEED_TAX = code(DepartmentKind.TAX, 4);
  private static final ItemCode FUND_LOAN = code(DepartmentKind.HOUSING_FUND, 2);
  private static final ItemCode FUND_WITHDRAWAL = code(DepartmentKind.HOUSING_FUND, 3);

  private static List<FormField> parties() {
    return fields(person("seller", "出卖人", "seller"), person("buyer", "买受人", "person"),
        List.of(bound("propertyCertificateNo", "不动产权证书号", "property.certificateNo"),
            bound("propertyAddress", "房屋坐落", "property.address", FieldType.ADDRESS)));
  }

  private static Item housingContract() {
    return item(DepartmentKind.HOUSING, 1, "存量房买卖合同网签备案", ItemType.OTHER, "《城市房地产管理法》第四十五条", 3, 1)
        .acceptanceConditions("房屋已取得不动产权证书且无查封、抵押限制（或抵押权人同意）", "买卖双方已签订存量房买卖合同")
        .themes(LifeEventTheme.HOUSING)
        .synonyms("网签", "二手房合同备案")
        .materials(List.of(licence("propertyCertificate", "不动产权证书", "property-certificate", "seller",
                REAL_ESTATE + "第十六条"),
            licence("buyerId", "买受人居民身份证", "resident-id-card", "applicant", REFORM)))
        .fields(fields(parties(), List.of(free("price", "成交价格（元）", "由买卖双方约定", FieldType.NUMBER))))
        .build();
  }

  private static Item deedTax() {
    return item(DepartmentKind.TAX, 4, "契税申报", ItemType.LEVY, "《中华人民共和国契税法》第九条", 1, 1)
        .acceptanceConditions("已完成存量房买卖合同网签备案", "纳税人为房屋承受人")
        .fee(BigDecimal.ZERO)
        .themes(LifeEventTheme.HOUSING, LifeEventTheme.TAXES_AND_FEES)
        .synonyms("交契税", "房产税费")
        .materials(List.of(produced("contract", "网签备案合同", CONTRACT, "《中华人民共和国契税法》第九条"),
            licence("buyerId", "买受人居民身份证", "resident-id-card", "applicant", REFORM)))
        .fields(fields(parties(), List.of(free("firstHome", "是否家庭唯一住房", "由纳税人申报（可核验）",
            FieldType.CHOICE))))
        .build();
  }

  private static Item propertyTransfer() {
    return item(DepartmentKind.NATURAL_RESOURCES, 1, "不动产转移登记", ItemType.CONFIRMATION, REAL_ESTATE + "第十四条", 30,
        1)
        .producesLicence("property-certificate")
        .acceptanceConditions("已完成网签备案并缴纳契税", "不动产权属清楚、无查封")
        .fee(new BigDecimal("80"))
        .themes(LifeEventTheme.HOUSING)
        .synonyms("过户", "房产过户", "二手房过户")
        .materials(List.of(licence("propertyCertificate", "不动产权证书", "property-certificate", "seller",
                REAL_ESTATE + "第十六条"),
            licence("buyerId", "买受人居民身份证", "resident-id-card", "applicant", REAL_ESTATE + "第十六条"),
            produced("contract", "网签备案合同", CONTRACT, REAL_ESTATE + "第十六条"),
            produced("taxReceipt", "完税凭证", DEED_TAX, REAL_ESTATE + "第十六条")))
        .fields(fields(parties(), List.of(free("shares", "共有方式", "由买受人约定", FieldType.CHOICE))))
        .build();
  }

  private static Item mortgageRegistration() {
    return item(DepartmentKind.NATURAL_RESOURCES, 2, "不动产抵押登记", ItemType.CONFIRMATION, REAL_ESTATE + "第十四条", 30,
        1)
        .acceptanceConditions("抵押人持有不动产权证书（或与转移登记一并申请）", "已签订借款抵押合同")
        .fee(new BigDecimal("80"))
        .themes(LifeEventTheme.HOUSING)
        .synonyms("抵押登记", "房屋抵押")
        .materials(List.of(licence("propertyCertificate", "不动产权证书", "property-certificate", "applicant",
                REAL_ESTATE + "第十六条"),
            produced("loanContract", "借款抵押合同", FUND_LOAN, REAL_ESTATE + "第十六条")))
        .fields(fields(applicant(), List.of(bound("propertyCertificateNo", "不动产权证书号", "property.certificateNo"),
            free("amount", "被担保债权数额（元）", "以借款合同为准", FieldType.NUMBER))))
        .build();
  }

  private static Item housingFundLoan() {
    return item(DepartmentKind.HOUSING_FUND, 2, "住房公积金贷款申请", ItemType.PUBLIC_SERVICE, HOUSING_FUND + "第二十六条",
        15, 5)
        .acceptanceConditions("借款人连续足额缴存住房公积金满6个月", "购买自住住房并已签订购房合同")
        .themes(LifeEventTheme.HOUSING)
        .synonyms("公积金贷款", "公积金买房")
        .materials(List.of(ID_CARD, licence("marriage", "结婚证", "marriage-certificate", "couple",
                HOUSING_FUND + "第二十六条"),
            shared("fundAccount", "住房公积金缴存证明", "housingFund.accountNo", HOUSING_FUND + "第二十六条"),
            own("purchaseContract", "购房合同", HOUSING_FUND + "第二十六条")))
        .fields(fields(applicant(), List.of(bound("fundAccountNo", "公积金账号", "housingFund.accountNo"),
            free("amount", "申请贷款金额（元）", "由借款人申报", FieldType.NUMBER),
            free("years", "贷款年限", "由借款人选择", FieldType.NUMBER))))
        .build();
  }

  private static Item housingFundWithdrawal() {
    return item(DepartmentKind.HOUSING_FUND, 3, "住房公积金提取（购房）", ItemType.PUBLIC_SERVICE, HOUSING_FUND + "第二十四条",
        3, 1)
        .acceptanceConditions("缴存人本人或配偶购买自住住房", "公积金账户处于正常缴存状态")
        .themes(LifeEventTheme.HOUSING)
        .synonyms("提取公积金", "取公积金")
        .materials(List.of(ID_CARD, shared("fundAccount", "住房公积金缴存证明", "housingFund.accountNo",
            HOUSING_FUND + "第二十四条")))
        .fields(fields(applicant(), List.of(bound("fundAccountNo", "公积金账号", "housingFund.accountNo"),
            free("bankAccount", "收款银行账号", "由本人指定"))))
        .build();
  }

  private static Bundle propertyBundle() {
    return new Bundle(BundleCode.of("YJS-BDC"), "不动产转移登记一件事（二手房）", LifeEventTheme.HOUSING,
        List.of(yesNo("transferUtilities", "是否同步办理供水、供气过户？")),
        List.of(Bundle.Entry.always(CONTRACT), Bundle.Entry.always(DEED_TAX), Bundle.Entry.always(PROPERTY_TRANSFER),
            new Bundle.Entry(UTILITIES, answered("transferUtilities", "yes"))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_ONLINE, DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ON_SITE),
            "网签、缴税、登记一窗受理、一次申请；电子不动产权证书即时推送，纸质证书当场领取或邮寄；水、气随登记联动过户"),
        List.of("过户", "二手房", "买房", "房产过户", "不动产登记"));
  }

  private static Bundle loanBundle() {
    return new Bundle(BundleCode.of("YJS-GJJDK"), "公积金贷款一件事", LifeEventTheme.HOUSING,
        List.of(yesNo("withdrawForDownPayment", "是否提取公积金支付首付款？")),
        List.of(Bundle.Entry.always(FUND_LOAN), Bundle.Entry.always(MORTGAGE),
            new Bundle.Entry(FUND_WITHDRAWAL, answered("withdrawForDownPayment", "yes"))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_ONLINE), "贷款审批、抵押登记联办，放款结果短信通知"),
        List.of("公积金", "贷款买房"));
  }

  // ---------------------------------------------------------------- 老年人优待一件事

  private static Bundle elderlyBundle() {
    return new Bundle(BundleCode.of("YJS-YL"), "老年人优待一件事", LifeEventTheme.ELDERLY_CARE,
        List.of(yesNo("over80", "是否年满 80 周岁？"), yesNo("receivingPension", "是否已领取基本养老金？")),
        List.of(Bundle.Entry.always(ELDERLY_CARD),
            new Bundle.Entry(OLD_AGE_ALLOWANCE, answered("over80", "yes")),
            new Bundle.Entry(RESIDENT_PENSION, answered("receivingPension", "no")),
            new Bundle.Entry(PENSION_ELIGIBILITY, answered("receivingPension", "yes"))),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_ONLINE, DeliveryMethod.ONLINE_COLLECT),
            "电子优待证即时可用；待遇按月发放到本人账户；可在村（社区）代办点领取实体证"),
        List.of("老年人", "60岁", "养老", "退休"));
  }
}
