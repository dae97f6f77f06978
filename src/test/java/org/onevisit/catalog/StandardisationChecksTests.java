package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onevisit.catalog.CatalogFixtures.anyItem;
import static org.onevisit.catalog.CatalogFixtures.byCode;
import static org.onevisit.catalog.CatalogFixtures.free;
import static org.onevisit.catalog.CatalogFixtures.item;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.DepartmentKind;

class StandardisationChecksTests {

  @Test
  void anyItemPassesEveryCheck() {
    assertThat(Standardisation.of(anyItem()).isClean()).isTrue();
  }

  @Test
  void refusesMaterialWithoutLegalBasis() {
    var item = item().material(new Material("form", "申请表", MaterialSource.applicant(), Material.Copy.ORIGINAL, 1,
        "forms/apply.pdf", null, " ", Condition.always())).build();

    assertThat(new MaterialHasLegalBasis().check(item)).extracting(Problem::code, Problem::path)
        .containsExactly(tuple(Problem.Code.MATERIAL_WITHOUT_LEGAL_BASIS,
            "materials[form].legalBasis"));
    assertThat(new MaterialHasLegalBasis().check(anyItem())).isEmpty();
  }

  @Test
  void refusesCommittedLimitBeyondStatutory() {
    var item = item().limits(TimeLimits.of(10, 15)).build();

    assertThat(new CommittedWithinStatutory().check(item)).extracting(Problem::code)
        .containsExactly(Problem.Code.COMMITTED_EXCEEDS_STATUTORY);
  }

  @Test
  void refusesMissingTimeLimits() {
    var item = item().limits(TimeLimits.of(0, 0)).build();

    assertThat(new CommittedWithinStatutory().check(item)).extracting(Problem::path)
        .containsExactly("limits.statutoryDays", "limits.committedDays");
  }

  @Test
  void acceptsCommittedLimitEqualToStatutory() {
    assertThat(new CommittedWithinStatutory().check(item().limits(TimeLimits.of(5, 5)).build())).isEmpty();
  }

  @Test
  void refusesMoreThanOneVisit() {
    var item = item().visits(new Visits(2, "《婚姻登记条例》第五条")).build();

    assertThat(new VisitsNeedLegalBasis().check(item)).extracting(Problem::code)
        .containsExactly(Problem.Code.TOO_MANY_VISITS);
  }

  @Test
  void refusesOneVisitWithoutPresenceBasis() {
    var item = item().visits(new Visits(1, "")).build();

    assertThat(new VisitsNeedLegalBasis().check(item)).extracting(Problem::code)
        .containsExactly(Problem.Code.VISIT_WITHOUT_PRESENCE_BASIS);
  }

  @Test
  void acceptsOneVisitWhenTheLawRequiresPresence() {
    var item = item().visits(Visits.once("《婚姻登记条例》第五条：当事人双方应当共同到婚姻登记机关办理")).build();

    assertThat(new VisitsNeedLegalBasis().check(item)).isEmpty();
    assertThat(new VisitsNeedLegalBasis().check(anyItem())).isEmpty();
  }

  @Test
  void refusesFreeInputWithoutReason() {
    var item = item().field(free("remark", "备注", "  ")).build();

    assertThat(new FieldsBoundOrJustified().check(item)).extracting(Problem::code, Problem::path)
        .containsExactly(tuple(Problem.Code.FIELD_NOT_JUSTIFIED,
            "fields[remark].binding"));
  }

  @Test
  void acceptsBoundFieldsAndJustifiedFreeInput() {
    assertThat(new FieldsBoundOrJustified().check(anyItem())).isEmpty();
  }

  @Test
  void refusesBundleWithUnknownOrUnpublishedItems() {
    var items = CatalogFixtures.birthItems();
    items.forEach(i -> i.publish(Standardisation.of(i)));
    var draft = CatalogFixtures.birthRegistration();
    var catalog = new HashMap<>(byCode(items));
    catalog.put(draft.code(), draft);
    catalog.remove(CatalogFixtures.INFANT_CARE_DEDUCTION);

    var report = Standardisation.of(CatalogFixtures.birthBundle(), catalog);

    assertThat(report.subject()).isEqualTo("YJS-CS");
    assertThat(report.problems()).extracting(Problem::code, Problem::path).containsExactly(
        tuple(Problem.Code.BUNDLE_ITEM_NOT_PUBLISHED, "entries[CS-02]"),
        tuple(Problem.Code.BUNDLE_ITEM_UNKNOWN, "entries[CS-05]"));
  }

  @Test
  void acceptsBundleWhoseItemsAreAllPublished() {
    var items = CatalogFixtures.birthItems();
    items.forEach(i -> i.publish(Standardisation.of(i)));

    assertThat(Standardisation.of(CatalogFixtures.birthBundle(), byCode(items)).isClean()).isTrue();
  }

  @Test
  void refusesRegionalImplementationWithOtherMaterialsOrLimits() {
    var code = CatalogFixtures.anyItemCode();
    var province = CatalogFixtures.item(code, "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS)
        .build();
    var county = Item.draft(code, "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS,
            CatalogFixtures.QINGYUAN)
        .type(ItemType.CONFIRMATION).legalBasis("《婚姻登记条例》").limits(TimeLimits.of(20, 3))
        .deliveryMethods(DeliveryMethod.ON_SITE).acceptanceConditions("申请人为本人")
        .steps(new ProcessStep("受理", "窗口或网上受理"), new ProcessStep("办结", "出具证明"))
        .material(CatalogFixtures.applicantMaterial("application", "申请书"))
        .material(CatalogFixtures.applicantMaterial("householdRegister", "户口簿"))
        .field(CatalogFixtures.bound("name", "姓名", "person.name"))
        .field(free("purpose", "用途", "用途由申请人说明"))
        .build();

    var problems = new OneGuidePerItemCode().check(List.of(province, county));

    assertThat(problems).extracting(Problem::path)
        .containsExactly(code + "@331126.limits", code + "@331126.materials");
    assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo(Problem.Code.REGIONS_DIFFER));
    assertThat(Standardisation.of(county, List.of(province)).problems()).hasSize(2);
  }

  @Test
  void acceptsRegionalImplementationsThatDifferOnlyInDeliveryMethods() {
    var code = CatalogFixtures.anyItemCode();
    var province = CatalogFixtures.item(code, "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS)
        .build();
    var county = CatalogFixtures.item(code, "婚姻登记记录证明", DepartmentKind.CIVIL_AFFAIRS)
        .deliveryMethods(DeliveryMethod.ON_SITE_COURIER)
        .build();

    assertThat(new OneGuidePerItemCode().check(List.of(province, county))).isEmpty();
  }

  @Test
  void reportListsTheProblemsOfEveryCheck() {
    var item = item()
        .material(CatalogFixtures.applicantMaterial("other", "其他材料"))
        .limits(TimeLimits.of(10, 20))
        .visits(new Visits(2, ""))
        .build();

    assertThat(Standardisation.of(item).problems()).extracting(Problem::code).containsExactly(
        Problem.Code.CATCH_ALL_MATERIAL, Problem.Code.COMMITTED_EXCEEDS_STATUTORY, Problem.Code.TOO_MANY_VISITS);
  }
}
