package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.catalog.CatalogFixtures.BIRTH_CERTIFICATE;
import static org.onevisit.catalog.CatalogFixtures.BIRTH_REGISTRATION;
import static org.onevisit.catalog.CatalogFixtures.INFANT_CARE_DEDUCTION;
import static org.onevisit.catalog.CatalogFixtures.MARRIED_WITH_CARD;
import static org.onevisit.catalog.CatalogFixtures.MEDICAL_INSURANCE;
import static org.onevisit.catalog.CatalogFixtures.SOCIAL_SECURITY_CARD;
import static org.onevisit.catalog.CatalogFixtures.birthBundle;
import static org.onevisit.catalog.CatalogFixtures.birthItems;
import static org.onevisit.catalog.CatalogFixtures.byCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.AnswerProblem.Reason;

class BundleGuideTests {

  final Bundle bundle = birthBundle();
  final Map<ItemCode, Item> items = byCode(birthItems());

  @Test
  void asksBoundFieldOnceKeepingTheStrictestRules() {
    var guide = Guides.forBundle(bundle, items, MARRIED_WITH_CARD);

    var motherName = field(guide, "mother.name");
    assertThat(motherName.items()).containsExactly(BIRTH_CERTIFICATE, BIRTH_REGISTRATION, MEDICAL_INSURANCE,
        SOCIAL_SECURITY_CARD, INFANT_CARE_DEDUCTION);
    assertThat(guide.fields()).filteredOn(f -> bindsTo(f, "mother.name")).hasSize(1);
    assertThat(motherName.required()).isTrue();
    assertThat(motherName.correctable()).isFalse();
  }

  @Test
  void mergesFreeInputByKey() {
    var guide = Guides.forBundle(bundle, items, MARRIED_WITH_CARD);

    assertThat(guide.fieldsToType()).extracting(f -> f.field().key()).containsExactly("newbornName", "contactPhone",
        "newbornEthnicity", "registerWith", "relationToHead", "contributionTier", "cardBank", "postalAddress",
        "deductionShare");
    assertThat(guide.fieldsToType().getFirst().items()).hasSize(5);
  }

  @Test
  void requiredIfAnyRequiresCorrectableOnlyIfAllAllow() {
    var a = CatalogFixtures.item().fields(List.of(
        new FormField("address", "住址", FormField.Binding.to("person.address"), FieldType.ADDRESS, false, true,
            Condition.always()))).build();
    var b = CatalogFixtures.item().fields(List.of(
        new FormField("homeAddress", "居住地址", FormField.Binding.to("person.address"), FieldType.ADDRESS, true, false,
            Condition.always()))).build();
    var address = field(Guides.forBundle(pair(a, b), byCode(a, b), Answers.none()), "person.address");

    assertThat(address.required()).isTrue();
    assertThat(address.correctable()).isFalse();
    assertThat(address.items()).containsExactly(a.code(), b.code());
  }

  @Test
  void listsSameApplicantMaterialOnceAskingForTheOriginalIfAnyItemDoes() {
    var a = CatalogFixtures.item().materials(List.of(new Material("contract", "购房合同", MaterialSource.applicant(),
        Material.Copy.COPY, 1, null, null, "《城市房地产管理法》", Condition.always()))).build();
    var b = CatalogFixtures.item().materials(List.of(new Material("contract", "商品房买卖合同", MaterialSource.applicant(),
        Material.Copy.ORIGINAL, 2, null, null, "《不动产登记暂行条例》", Condition.always()))).build();

    var guide = Guides.forBundle(pair(a, b), byCode(a, b), Answers.none());

    assertThat(guide.materials()).singleElement().satisfies(m -> {
      assertThat(m.material().copy()).isEqualTo(Material.Copy.ORIGINAL);
      assertThat(m.material().count()).isEqualTo(2);
      assertThat(m.items()).containsExactly(a.code(), b.code());
      assertThat(m.broughtByApplicant()).isTrue();
    });
  }

  @Test
  void listsSameLicenceOnceForEveryItemItServes() {
    var guide = Guides.forBundle(bundle, items, MARRIED_WITH_CARD);

    assertThat(guide.materials()).filteredOn(m -> m.material().name().equals("母亲居民身份证")).singleElement()
        .satisfies(m -> assertThat(m.items()).containsExactly(BIRTH_CERTIFICATE, BIRTH_REGISTRATION,
            MEDICAL_INSURANCE, SOCIAL_SECURITY_CARD, INFANT_CARE_DEDUCTION));
    assertThat(guide.materials()).extracting(m -> m.material().name())
        .containsExactly("母亲居民身份证", "父亲居民身份证", "结婚证", "住院分娩记录", "居民户口簿", "新生儿白底证件照片（电子版）");
  }

  @Test
  void dropsMaterialsProducedByItemsOfTheBundle() {
    var guide = Guides.forBundle(bundle, items, MARRIED_WITH_CARD);

    assertThat(guide.materials()).noneMatch(m -> m.material().source() instanceof MaterialSource.ProducedBy);
    assertThat(guide.materialsToBring()).extracting(m -> m.material().key()).containsExactly("photo");
  }

  @Test
  void asksForTheResultOfAnItemOutsideTheBundle() {
    var guide = Guides.forItem(items.get(BIRTH_REGISTRATION), Answers.of("parentsMarried", "yes"));

    assertThat(guide.materialsToBring()).extracting(m -> m.material().name()).containsExactly("出生医学证明");
  }

  @Test
  void leavesOutEntriesWhoseConditionDoesNotHold() {
    var guide = Guides.forBundle(bundle, items, Answers.of("parentsMarried", "no", "socialSecurityCard", "no"));

    assertThat(guide.items()).extracting(Guide.Step::code).doesNotContain(SOCIAL_SECURITY_CARD).hasSize(4);
    assertThat(guide.materials()).extracting(m -> m.material().name()).doesNotContain("结婚证");
    assertThat(guide.fields()).noneMatch(f -> bindsTo(f, "marriage.certificateNo"));
    assertThat(guide.materialsToBring()).isEmpty();
    assertThat(guide.delivery()).isEqualTo(bundle.delivery());
  }

  @Test
  void asksAQuestionSharedByBundleAndItemsOnce() {
    assertThatThrownBy(() -> Guides.forBundle(bundle, items, Answers.of("socialSecurityCard", "maybe", "x", "y")))
        .isInstanceOfSatisfying(InvalidAnswers.class, invalid -> assertThat(invalid.problems()).containsExactly(
            new AnswerProblem("socialSecurityCard", Reason.UNKNOWN_OPTION),
            new AnswerProblem("x", Reason.UNKNOWN_QUESTION),
            new AnswerProblem("parentsMarried", Reason.UNANSWERED)));
  }

  @Test
  void refusesBundleWithItemMissingFromTheCatalog() {
    var partial = new HashMap<>(items);
    partial.remove(MEDICAL_INSURANCE);

    assertThatThrownBy(() -> Guides.forBundle(bundle, partial, MARRIED_WITH_CARD))
        .isInstanceOfSatisfying(CatalogException.class,
            e -> assertThat(e.error()).isEqualTo(CatalogError.UNKNOWN_ITEM));
  }

  private static Bundle pair(Item a, Item b) {
    return new Bundle(BundleCode.of("YJS-T"), "二手房交易一件事", LifeEventTheme.HOUSING, List.of(),
        List.of(Bundle.Entry.always(a.code()), Bundle.Entry.always(b.code())), birthBundle().delivery(), List.of());
  }

  private static GuideField field(Guide guide, String element) {
    return guide.fields().stream().filter(f -> bindsTo(f, element)).findFirst().orElseThrow();
  }

  private static boolean bindsTo(GuideField field, String element) {
    return field.field().binding() instanceof FormField.Binding.Bound bound
        && Objects.equals(bound.element().code(), element);
  }
}
