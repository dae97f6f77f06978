package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.catalog.CatalogFixtures.ZHEJIANG;
import static org.onevisit.catalog.CatalogFixtures.applicantMaterial;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.CatalogAdministration.Change;
import org.onevisit.catalog.CatalogAdministration.VersionStatus;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CatalogAdministrationIntegrationTests {

  @Autowired CatalogAdministration admin;
  @Autowired Catalog catalog;

  @Test
  void aPublishedDraftIsOfferedAndItsHistoryKept() {
    var item = CatalogFixtures.anyItem();
    var doc = CatalogDocuments.write(item);

    assertThat(admin.saveItemDraft(doc, "admin.a").version()).isEqualTo(1);
    assertThat(catalog.item(item.code())).isEmpty();
    assertThat(admin.publishItem(item.code(), ZHEJIANG, "admin.b").isClean()).isTrue();

    assertThat(catalog.item(item.code())).get().extracting(Item::name, Item::status)
        .containsExactly(item.name(), ItemStatus.PUBLISHED);
    assertThat(catalog.itemsFor(RegionCode.of("331126"), Optional.of(DepartmentKind.CIVIL_AFFAIRS)))
        .extracting(Item::code).contains(item.code());
    assertThat(catalog.itemsFor(RegionCode.of("331126"), Optional.of(DepartmentKind.TAX)))
        .extracting(Item::code).doesNotContain(item.code());

    var guide = catalog.guide(item.code(), Answers.none());
    assertThat(catalog.guide(item.code(), Answers.none())).as("assembled once per publication").isSameAs(guide);
    var renamed = CatalogFixtures.item(item.code(), "婚姻登记记录证明（新版）", DepartmentKind.CIVIL_AFFAIRS).build();
    assertThat(admin.saveItemDraft(CatalogDocuments.write(renamed), "admin.a").version()).isEqualTo(2);
    assertThat(catalog.item(item.code())).get().extracting(Item::name).isEqualTo(item.name());
    assertThat(catalog.guide(item.code(), Answers.none()).title()).isEqualTo(guide.title());
    admin.publishItem(item.code(), ZHEJIANG, "admin.b");
    assertThat(catalog.guide(item.code(), Answers.none()).title()).as("the new publication's guide")
        .isNotEqualTo(guide.title()).contains("新版");

    assertThat(catalog.item(item.code())).get().extracting(Item::name, Item::version)
        .containsExactly("婚姻登记记录证明（新版）", 2);
    assertThat(admin.itemVersions(item.code())).extracting(CatalogAdministration.ItemVersion::status)
        .containsExactly(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED);
    assertThat(admin.changes(Change.Subject.ITEM, item.code().value()))
        .extracting(Change::action, Change::actor, Change::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Change.Action.DRAFT_SAVED, "admin.a", 1),
            org.assertj.core.groups.Tuple.tuple(Change.Action.PUBLISHED, "admin.b", 1),
            org.assertj.core.groups.Tuple.tuple(Change.Action.DRAFT_SAVED, "admin.a", 2),
            org.assertj.core.groups.Tuple.tuple(Change.Action.PUBLISHED, "admin.b", 2));
  }

  @Test
  void publishingAnItemWithACatchAllMaterialIsRefusedWithTheReasonAndTheRefusalIsTraced() {
    var item = CatalogFixtures.item().material(applicantMaterial("other", "其他材料")).build();
    admin.saveItemDraft(CatalogDocuments.write(item), "admin.a");

    var report = admin.publishItem(item.code(), ZHEJIANG, "admin.a");

    assertThat(report.problems()).extracting(Problem::code, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Code.CATCH_ALL_MATERIAL, "materials[other]"));
    assertThat(catalog.item(item.code())).isEmpty();
    assertThat(admin.changes(Change.Subject.ITEM, item.code().value())).extracting(Change::action)
        .containsExactly(Change.Action.DRAFT_SAVED, Change.Action.PUBLISH_REFUSED);
    assertThat(admin.changes(Change.Subject.ITEM, item.code().value()).getLast().detail()).contains("其他材料");
  }

  @Test
  void anImportWithOneBrokenEntryChangesNothingAndListsTheError() {
    var good = CatalogDocuments.write(CatalogFixtures.anyItem());
    var badSource = CatalogDocuments.write(CatalogFixtures.item()
        .material(applicantMaterial("related", "相关材料")).build());
    int before = admin.itemVersions().size();

    var report = admin.importDocument(new CatalogDocument(CatalogDocument.FORMAT, List.of(good, badSource), null),
        true, "importer");

    assertThat(report.ok()).isFalse();
    assertThat(report.errors()).extracting(CatalogDocuments.DocumentError::path)
        .containsExactly("items[1].materials[related]");
    assertThat(admin.itemVersions()).hasSize(before);
    assertThat(catalog.item(ItemCode.of(good.code()))).isEmpty();
  }

  @Test
  void theBirthBundlePublishesAfterItsItemsAndItsItemsCannotBeWithdrawnUnderIt() {
    var report = admin.importDocument(CatalogDocuments.write(CatalogFixtures.birthItems(),
        List.of(CatalogFixtures.birthBundle())), true, "importer");

    assertThat(report.errors()).isEmpty();
    var bundle = catalog.bundle(CatalogFixtures.birthBundle().code()).orElseThrow();
    assertThat(catalog.guide(bundle.code(), CatalogFixtures.MARRIED_WITH_CARD).figures().after())
        .isEqualTo(new Figures.Tally(0, 1, 9, 0));
    assertThat(catalog.search("上户口", 5)).extracting(SearchHit::code).isNotEmpty();
    assertThatThrownBy(() -> admin.withdrawItem(CatalogFixtures.BIRTH_REGISTRATION, ZHEJIANG, "admin.a"))
        .isInstanceOf(CatalogException.class).hasMessageContaining("withdraw them first");

    admin.withdrawBundle(bundle.code(), "admin.a");
    admin.withdrawItem(CatalogFixtures.BIRTH_REGISTRATION, ZHEJIANG, "admin.a");

    assertThat(catalog.bundle(bundle.code())).isEmpty();
    assertThat(catalog.item(CatalogFixtures.BIRTH_REGISTRATION)).isEmpty();
  }

  @Test
  void aBundleWhoseItemIsNotPublishedIsRefused() {
    var items = CatalogFixtures.birthItems().stream()
        .map(i -> CatalogFixtures.item(ItemCode.of("X" + i.code().value()), i.name(), i.department()).build())
        .toList();
    var bundle = CatalogFixtures.birthBundle();
    var renamed = new Bundle(BundleCode.of("YJS-TEST"), bundle.name(), bundle.theme(), List.of(),
        items.stream().map(i -> Bundle.Entry.always(i.code())).toList(), bundle.delivery(), List.of());
    admin.importDocument(CatalogDocuments.write(items.subList(1, items.size()), List.of()), true, "importer");
    admin.saveBundleDraft(CatalogDocuments.write(renamed), "admin.a");

    var report = admin.publishBundle(renamed.code(), "admin.a");

    assertThat(report.problems()).extracting(Problem::code).containsExactly(Problem.Code.BUNDLE_ITEM_UNKNOWN);
    assertThat(catalog.bundle(renamed.code())).isEmpty();
  }
}
