package org.onevisit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.Figures;
import org.onevisit.catalog.GuideMaterial;
import org.onevisit.catalog.Guides;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemStatus;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Question;
import org.onevisit.catalog.Standardisation;
import org.onevisit.organisation.RegionCode;

class DemoCatalogTests {

  static Map<ItemCode, Item> published() {
    var items = new HashMap<ItemCode, Item>();
    for (var item : DemoCatalog.items()) {
      item.publish(Standardisation.of(item));
      items.put(item.code(), item);
    }
    return items;
  }

  @Test
  void atLeastFortyFiveItemsOfTenDepartmentsAndSixBundles() {
    var items = DemoCatalog.items();
    assertThat(items).hasSizeGreaterThanOrEqualTo(45);
    assertThat(items.stream().map(Item::department).distinct().count()).isGreaterThanOrEqualTo(10);
    assertThat(items.stream().map(Item::code).distinct().count()).isEqualTo(items.size());
    assertThat(DemoCatalog.bundles()).hasSize(6);
  }

  @Test
  void everyItemAndBundlePassesTheStandardisationChecks() {
    DemoCatalog.items().forEach(item -> assertThat(Standardisation.of(item).problems()).as(item.name()).isEmpty());
    var items = published();
    DemoCatalog.bundles().forEach(b -> assertThat(Standardisation.of(b, items).problems()).as(b.name()).isEmpty());
  }

  @Test
  void everyBundleGivesAGuideForTheFirstOptionOfEveryQuestion() {
    var items = published();
    for (Bundle bundle : DemoCatalog.bundles()) {
      var answers = Answers.none();
      for (Question q; (q = next(bundle, items, answers)) != null; ) {
        answers = answers.with(q.key(), q.options().getFirst().key());
      }
      var figures = Guides.forBundle(bundle, items, answers).figures();
      assertThat(figures.after().materials()).as(bundle.name()).isLessThan(figures.before().materials());
      assertThat(figures.after().fields()).as(bundle.name()).isLessThan(figures.before().fields());
    }
  }

  private static Question next(Bundle bundle, Map<ItemCode, Item> items, Answers answers) {
    return Guides.questionsFor(bundle, items, answers).stream().filter(q -> !answers.answered(q.key())).findFirst()
        .orElse(null);
  }

  @Test
  void theBirthBundleHasTheSeedsFiguresForTheUsualFamily() {
    var birth = bundle(DemoCatalog.BIRTH.value());

    var figures = Guides.forBundle(birth, published(), DemoCatalog.USUAL_BIRTH).figures();

    assertThat(figures.before()).isEqualTo(new Figures.Tally(5, 20, 60, 5));
    assertThat(figures.after()).isEqualTo(new Figures.Tally(0, 1, 9, 0));
    var guide = Guides.forBundle(birth, published(), DemoCatalog.USUAL_BIRTH);
    assertThat(guide.fieldsToType()).extracting(f -> f.field().key()).containsExactlyInAnyOrder("newbornName",
        "contactPhone", "newbornEthnicity", "registerWith", "relationToHead", "contributionTier", "cardBank",
        "postalAddress", "deductionShare");
    assertThat(guide.materials()).filteredOn(GuideMaterial::broughtByApplicant).extracting(m -> m.material().name())
        .containsExactly("新生儿白底证件照片（电子版）");
  }

  @Test
  void unmarriedParentsWithEmployeeInsuranceGetAnotherGuide() {
    var birth = bundle(DemoCatalog.BIRTH.value());

    var guide = Guides.forBundle(birth, published(),
        Answers.of("parentsMarried", "no", "socialSecurityCard", "yes", "motherEmployeeInsured", "yes"));

    assertThat(guide.materials()).extracting(m -> m.material().name()).doesNotContain("结婚证");
    assertThat(guide.items()).extracting(Item -> Item.name()).contains("生育津贴申领");
    assertThat(guide.fieldsToType()).extracting(f -> f.field().key()).contains("bankAccount");
  }

  @Test
  void itemsAreFreshProvinceWideDraftsWithEverythingAGuideNeeds() {
    assertThat(DemoCatalog.items().getFirst()).isNotSameAs(DemoCatalog.items().getFirst());
    for (Item item : DemoCatalog.items()) {
      assertThat(item.region()).as(item.name()).isEqualTo(RegionCode.of("330000"));
      assertThat(item.status()).as(item.name()).isEqualTo(ItemStatus.DRAFT);
      assertThat(item.version()).as(item.name()).isEqualTo(1);
      assertThat(item.code().value()).as(item.name())
          .matches("330000-(PSB|CAB|HRSS|MIB|HC|AMR|TAX|NRP|HUD|HPF|EDU|TRB)-\\d{3}")
          .contains("-" + item.department().code() + "-");
      assertThat(item.legalBasis()).as(item.name()).startsWith("《");
      assertThat(item.acceptanceConditions()).as(item.name()).isNotEmpty();
      assertThat(item.steps()).as(item.name()).isNotEmpty();
      assertThat(item.materials()).as(item.name()).isNotEmpty();
      assertThat(item.fields()).as(item.name()).isNotEmpty();
      assertThat(item.themes()).as(item.name()).isNotEmpty();
      assertThat(item.synonyms().size() + item.keywords().size()).as(item.name()).isPositive();
      assertThat(item.visits().required()).as(item.name()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void licencesAreOfTheAgreedTypesAndAllOfThemAreUsed() {
    var agreed = Set.of("birth-medical-certificate", "resident-id-card", "household-register", "marriage-certificate",
        "business-licence", "property-certificate", "social-security-card", "vaccination-certificate",
        "food-operation-permit", "elderly-preferential-card");
    var used = DemoCatalog.items().stream().flatMap(i -> i.materials().stream())
        .filter(m -> m.source() instanceof MaterialSource.Licence)
        .map(m -> ((MaterialSource.Licence) m.source()).type().code())
        .collect(Collectors.toSet());
    assertThat(used).isEqualTo(agreed);
  }

  @Test
  void materialsProducedByOtherItemsNameItemsOfTheCatalog() {
    var codes = DemoCatalog.items().stream().map(Item::code).collect(Collectors.toSet());
    DemoCatalog.items().stream().flatMap(i -> i.materials().stream())
        .filter(m -> m.source() instanceof MaterialSource.ProducedBy)
        .forEach(m -> assertThat(codes).as(m.name()).contains(((MaterialSource.ProducedBy) m.source()).item()));
  }

  @Test
  void everyBundleReducesMaterialsAndFieldsForEveryCompleteSetOfAnswers() {
    var items = published();
    for (Bundle bundle : DemoCatalog.bundles()) {
      var complete = completions(bundle, items, Answers.none());
      assertThat(complete).as(bundle.name()).isNotEmpty();
      for (Answers answers : complete) {
        var figures = Guides.forBundle(bundle, items, answers).figures();
        assertThat(figures.after().materials()).as(bundle.name() + " " + answers)
            .isLessThan(figures.before().materials());
        assertThat(figures.after().fields()).as(bundle.name() + " " + answers).isLessThan(figures.before().fields());
        assertThat(figures.after().visits()).as(bundle.name() + " " + answers).isZero();
      }
    }
  }

  /** Every complete set of answers reachable by answering the next applicable question in every way. */
  private static java.util.List<Answers> completions(Bundle bundle, Map<ItemCode, Item> items, Answers answers) {
    var q = next(bundle, items, answers);
    if (q == null) {
      return java.util.List.of(answers);
    }
    return q.options().stream().flatMap(o -> completions(bundle, items, answers.with(q.key(), o.key())).stream())
        .toList();
  }

  @Test
  void theRestaurantBundleWorksForAnIndividualBusinessToo() {
    var restaurant = bundle("YJS-CG");

    var guide = Guides.forBundle(restaurant, published(), Answers.of("operatorForm", "individual", "signboard", "yes"));

    assertThat(guide.items()).extracting(step -> step.name())
        .containsExactly("个体工商户设立登记", "食品经营许可", "户外招牌设置审核");
    assertThat(guide.materials()).filteredOn(GuideMaterial::broughtByApplicant)
        .extracting(m -> m.material().name())
        .containsExactlyInAnyOrder("经营场所使用证明（承诺制）", "经营场所平面布局图", "食品安全管理制度", "招牌设计效果图");
  }

  @Test
  void theHousingFundLoanNeedsOnlyThePurchaseContract() {
    var loan = bundle("YJS-GJJDK");

    var guide = Guides.forBundle(loan, published(), Answers.of("withdrawForDownPayment", "yes"));

    assertThat(guide.materials()).filteredOn(GuideMaterial::broughtByApplicant)
        .extracting(m -> m.material().name()).containsExactly("购房合同");
    assertThat(guide.figures().before().windows()).isEqualTo(2);
  }

  @Test
  void theCatalogSurvivesTheExchangeDocumentTheLoaderImports() {
    var contents = CatalogDocuments.read(CatalogDocuments.write(DemoCatalog.items(), DemoCatalog.bundles()));

    assertThat(contents.errors()).isEmpty();
    assertThat(contents.items()).hasSameSizeAs(DemoCatalog.items());
    assertThat(contents.bundles()).isEqualTo(DemoCatalog.bundles());
  }

  private static Bundle bundle(String code) {
    return DemoCatalog.bundles().stream().filter(b -> b.code().value().equals(code)).findFirst().orElseThrow();
  }
}
