package org.onevisit.catalog;

import static org.onevisit.catalog.Condition.always;
import static org.onevisit.catalog.Condition.answered;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onevisit.catalog.Question.Option;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/** Valid catalog parts for tests: {@link #anyItem()} passes every standardisation check. */
public final class CatalogFixtures {

  public static final RegionCode ZHEJIANG = RegionCode.of("330000");
  public static final RegionCode QINGYUAN = RegionCode.of("331126");
  public static final RegionCode LONGQUAN = RegionCode.of("331181");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private CatalogFixtures() {}

  /** A fresh item code, unique within the run. */
  public static ItemCode anyItemCode() {
    return ItemCode.of("T%05d".formatted(SEQUENCE.incrementAndGet()));
  }

  /** A publishable draft: one applicant material with its legal basis, one bound and one free field. */
  public static Item anyItem() {
    return item().build();
  }

  /** A builder with valid defaults for a 民政 confirmation item, ready for variation. */
  public static Item.Builder item() {
    return item(anyItemCode(), "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS);
  }

  public static Item.Builder item(ItemCode code, String name, DepartmentKind department) {
    return Item.draft(code, name, department, ZHEJIANG)
        .type(ItemType.CONFIRMATION)
        .legalBasis("《婚姻登记条例》")
        .handlingLevel(RegionCode.Level.COUNTY)
        .limits(TimeLimits.of(20, 1))
        .visits(Visits.none())
        .onlineDepth(OnlineDepth.FULLY_ONLINE)
        .deliveryMethods(DeliveryMethod.ONLINE_ONLINE, DeliveryMethod.ON_SITE)
        .acceptanceConditions("申请人为本人")
        .steps(new ProcessStep("受理", "窗口或网上受理"), new ProcessStep("办结", "出具证明"))
        .material(applicantMaterial("application", "申请书"))
        .field(bound("name", "姓名", "person.name"))
        .field(free("purpose", "用途", "用途由申请人说明"));
  }

  public static Material applicantMaterial(String key, String name) {
    return material(key, name, MaterialSource.applicant());
  }

  public static Material material(String key, String name, MaterialSource source) {
    return material(key, name, source, always());
  }

  public static Material material(String key, String name, MaterialSource source, Condition when) {
    return new Material(key, name, source, Material.Copy.ORIGINAL, 1, null, null, "《浙江省保障“最多跑一次”改革规定》",
        when);
  }

  public static Material licence(String key, String name, String type, String holder) {
    return material(key, name, MaterialSource.licence(type, holder));
  }

  public static FormField bound(String key, String label, String element) {
    return new FormField(key, label, FormField.Binding.to(element), FieldType.TEXT, true, false, always());
  }

  public static FormField free(String key, String label, String reason) {
    return new FormField(key, label, FormField.Binding.freeInput(reason), FieldType.TEXT, true, true, always());
  }

  public static Question yesNo(String key, String text) {
    return Question.of(key, text, Option.of("yes", "是"), Option.of("no", "否"));
  }

  public static Map<ItemCode, Item> byCode(List<Item> items) {
    return items.stream().collect(Collectors.toMap(Item::code, Function.identity()));
  }

  public static Map<ItemCode, Item> byCode(Item... items) {
    return byCode(Arrays.asList(items));
  }

  // ---------------------------------------------------------------- 出生一件事

  public static final ItemCode BIRTH_CERTIFICATE = ItemCode.of("CS-01");
  public static final ItemCode BIRTH_REGISTRATION = ItemCode.of("CS-02");
  public static final ItemCode MEDICAL_INSURANCE = ItemCode.of("CS-03");
  public static final ItemCode SOCIAL_SECURITY_CARD = ItemCode.of("CS-04");
  public static final ItemCode INFANT_CARE_DEDUCTION = ItemCode.of("CS-05");

  /** The answers of the seeds' family: married parents who want a social security card. */
  public static final Answers MARRIED_WITH_CARD = Answers.of("parentsMarried", "yes", "socialSecurityCard", "yes");

  /** 出生一件事: five items of five departments. */
  public static Bundle birthBundle() {
    return new Bundle(BundleCode.of("YJS-CS"), "出生一件事", LifeEventTheme.BIRTH_ADOPTION,
        List.of(yesNo("parentsMarried", "父母是否已登记结婚？"), yesNo("socialSecurityCard", "是否为新生儿申领社会保障卡？")),
        List.of(Bundle.Entry.always(BIRTH_CERTIFICATE), Bundle.Entry.always(BIRTH_REGISTRATION),
            Bundle.Entry.always(MEDICAL_INSURANCE),
            new Bundle.Entry(SOCIAL_SECURITY_CARD, answered("socialSecurityCard", "yes")),
            Bundle.Entry.always(INFANT_CARE_DEDUCTION)),
        new DeliveryPlan(Set.of(DeliveryMethod.ONLINE_COURIER, DeliveryMethod.ONLINE_ONLINE),
            "出生医学证明、户口簿本人页邮寄送达，电子证照推送至“浙里办”"),
        List.of("新生儿", "上户口", "报户口"));
  }

  public static List<Item> birthItems() {
    return List.of(birthCertificate(), birthRegistration(), medicalInsurance(), socialSecurityCard(),
        infantCareDeduction());
  }

  private static Question parentsMarried() {
    return yesNo("parentsMarried", "父母是否已登记结婚？");
  }

  private static Material marriageCertificate() {
    return material("marriageCertificate", "结婚证", MaterialSource.licence("marriage-certificate", "couple"),
        answered("parentsMarried", "yes"));
  }

  private static Material motherId() {
    return licence("motherIdCard", "母亲居民身份证", "resident-id-card", "mother");
  }

  private static Material fatherId() {
    return licence("fatherIdCard", "父亲居民身份证", "resident-id-card", "father");
  }

  private static Material producedBy(String key, String name, ItemCode item) {
    return material(key, name, new MaterialSource.ProducedBy(item));
  }

  private static final FormField NEWBORN_NAME = free("newbornName", "新生儿姓名", "姓名由父母确定，尚无共享数据");
  private static final FormField NEWBORN_ETHNICITY = free("newbornEthnicity", "新生儿民族", "从父母民族中选定，须申报");
  private static final FormField CONTACT_PHONE = free("contactPhone", "联系电话", "以本次申请留存的联系方式为准");

  /** 出生医学证明首次签发 (卫健): 4 materials, 16 fields. */
  public static Item birthCertificate() {
    return item(BIRTH_CERTIFICATE, "出生医学证明首次签发", DepartmentKind.HEALTH)
        .producesLicence("birth-medical-certificate")
        .legalBasis("《中华人民共和国母婴保健法》第二十三条")
        .limits(TimeLimits.of(20, 1))
        .question(parentsMarried())
        .materials(List.of(motherId(), fatherId(), marriageCertificate(),
            material("deliveryRecord", "住院分娩记录", MaterialSource.sharedData("birth.deliveryRecord"))))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornGender", "新生儿性别", "newborn.gender"),
            bound("birthTime", "出生时间", "newborn.birthTime"),
            bound("birthWeight", "出生体重", "newborn.birthWeight"),
            bound("birthLength", "出生身长", "newborn.birthLength"),
            bound("gestationalWeeks", "出生孕周", "newborn.gestationalWeeks"),
            bound("deliveryInstitution", "分娩机构", "birth.institution"),
            bound("motherName", "母亲姓名", "mother.name"),
            bound("motherIdNumber", "母亲身份证件号码", "mother.idNumber"),
            bound("motherNationality", "母亲国籍", "mother.nationality"),
            bound("motherEthnicity", "母亲民族", "mother.ethnicity"),
            bound("fatherName", "父亲姓名", "father.name"),
            bound("fatherIdNumber", "父亲身份证件号码", "father.idNumber"),
            bound("fatherNationality", "父亲国籍", "father.nationality"),
            bound("fatherEthnicity", "父亲民族", "father.ethnicity"),
            CONTACT_PHONE))
        .build();
  }

  /** 出生登记 (公安): 5 materials, 14 fields. */
  public static Item birthRegistration() {
    return item(BIRTH_REGISTRATION, "出生登记（户口登记）", DepartmentKind.PUBLIC_SECURITY)
        .producesLicence("household-register")
        .legalBasis("《中华人民共和国户口登记条例》第七条")
        .limits(TimeLimits.of(30, 1))
        .synonyms("上户口", "报户口", "新生儿落户")
        .question(parentsMarried())
        .materials(List.of(producedBy("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE), fatherId(),
            motherId(), marriageCertificate(),
            licence("householdRegister", "居民户口簿", "household-register", "household")))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornGender", "性别", "newborn.gender"),
            bound("birthTime", "出生日期", "newborn.birthTime"),
            NEWBORN_ETHNICITY,
            bound("medicalCertNo", "出生医学证明编号", "birth.medicalCertNo"),
            free("registerWith", "随父或随母落户", "由父母选择"),
            free("relationToHead", "与户主关系", "由申请人申报"),
            bound("householdNumber", "户号", "household.number"),
            bound("householdAddress", "户籍地址", "household.address"),
            bound("motherName", "母亲姓名", "mother.name"),
            bound("motherIdNumber", "母亲公民身份号码", "mother.idNumber"),
            bound("fatherName", "父亲姓名", "father.name"),
            bound("fatherIdNumber", "父亲公民身份号码", "father.idNumber"),
            new FormField("marriageCertNo", "结婚证字号", FormField.Binding.to("marriage.certificateNo"), FieldType.TEXT,
                true, false, answered("parentsMarried", "yes"))))
        .build();
  }

  /** 城乡居民基本医疗保险参保登记 (医保): 3 materials, 10 fields. */
  public static Item medicalInsurance() {
    return item(MEDICAL_INSURANCE, "城乡居民基本医疗保险参保登记", DepartmentKind.MEDICAL_INSURANCE)
        .type(ItemType.PUBLIC_SERVICE)
        .legalBasis("《中华人民共和国社会保险法》第二十五条")
        .limits(TimeLimits.of(15, 1))
        .materials(List.of(producedBy("householdPage", "新生儿户口簿本人页", BIRTH_REGISTRATION),
            producedBy("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "mother")))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornIdNumber", "新生儿公民身份号码", "newborn.idNumber"),
            bound("newbornGender", "性别", "newborn.gender"),
            bound("birthTime", "出生日期", "newborn.birthTime"),
            bound("householdAddress", "户籍地址", "household.address"),
            free("contributionTier", "缴费档次", "由参保人选择"),
            bound("guardianName", "监护人姓名", "mother.name"),
            bound("guardianIdNumber", "监护人身份证件号码", "mother.idNumber"),
            CONTACT_PHONE,
            bound("medicalCertNo", "出生医学证明编号", "birth.medicalCertNo")))
        .build();
  }

  /** 社会保障卡申领 (人社): 4 materials, 10 fields; the photo is the only thing the family brings. */
  public static Item socialSecurityCard() {
    return item(SOCIAL_SECURITY_CARD, "社会保障卡申领", DepartmentKind.HUMAN_RESOURCES)
        .producesLicence("social-security-card")
        .type(ItemType.PUBLIC_SERVICE)
        .legalBasis("《社会保障卡管理办法》")
        .limits(TimeLimits.of(20, 5))
        .materials(List.of(producedBy("householdPage", "新生儿户口簿本人页", BIRTH_REGISTRATION),
            licence("guardianIdCard", "监护人居民身份证", "resident-id-card", "mother"),
            applicantMaterial("photo", "新生儿白底证件照片（电子版）"),
            producedBy("enrolment", "医保参保登记凭证", MEDICAL_INSURANCE)))
        .fields(List.of(NEWBORN_NAME,
            bound("newbornIdNumber", "公民身份号码", "newborn.idNumber"),
            bound("newbornGender", "性别", "newborn.gender"),
            NEWBORN_ETHNICITY,
            bound("guardianName", "监护人姓名", "mother.name"),
            bound("guardianIdNumber", "监护人证件号码", "mother.idNumber"),
            CONTACT_PHONE,
            free("cardBank", "社保卡合作银行", "由申请人选择开户银行"),
            free("postalAddress", "邮寄地址", "由申请人指定收件地址"),
            bound("enrolmentNo", "医保参保编号", "insurance.enrolmentNo")))
        .build();
  }

  /** 3岁以下婴幼儿照护个人所得税专项附加扣除 (税务): 4 materials, 10 fields. */
  public static Item infantCareDeduction() {
    return item(INFANT_CARE_DEDUCTION, "3岁以下婴幼儿照护专项附加扣除信息采集", DepartmentKind.TAX)
        .type(ItemType.OTHER)
        .legalBasis("《国务院关于设立3岁以下婴幼儿照护个人所得税专项附加扣除的通知》")
        .limits(TimeLimits.of(5, 1))
        .question(parentsMarried())
        .materials(List.of(producedBy("birthMedicalCertificate", "出生医学证明", BIRTH_CERTIFICATE), fatherId(),
            motherId(), marriageCertificate()))
        .fields(List.of(
            bound("taxpayerName", "纳税人姓名", "father.name"),
            bound("taxpayerIdNumber", "纳税人身份证件号码", "father.idNumber"),
            bound("spouseName", "配偶姓名", "mother.name"),
            bound("spouseIdNumber", "配偶身份证件号码", "mother.idNumber"),
            NEWBORN_NAME,
            bound("childIdNumber", "子女身份证件号码", "newborn.idNumber"),
            bound("childBirthDate", "子女出生日期", "newborn.birthTime"),
            bound("childNationality", "子女国籍", "newborn.nationality"),
            free("deductionShare", "扣除分配比例", "由父母约定（100% 或各 50%）"),
            CONTACT_PHONE))
        .build();
  }
}
