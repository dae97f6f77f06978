package org.onevisit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Figures;
import org.onevisit.catalog.Guides;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.Question;
import org.onevisit.catalog.Standardisation;

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
  void atLeastFortyItemsOfTenDepartmentsAndSixBundles() {
    var items = DemoCatalog.items();
    assertThat(items).hasSizeGreaterThanOrEqualTo(40);
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
    var birth = DemoCatalog.bundles().stream().filter(b -> b.code().equals(DemoCatalog.BIRTH)).findFirst().orElseThrow();

    var figures = Guides.forBundle(birth, published(), DemoCatalog.USUAL_BIRTH).figures();

    assertThat(figures.before()).isEqualTo(new Figures.Tally(5, 20, 60, 5));
    assertThat(figures.after()).isEqualTo(new Figures.Tally(0, 1, 9, 0));
  }

  @Test
  void unmarriedParentsWithEmployeeInsuranceGetAnotherGuide() {
    var birth = DemoCatalog.bundles().stream().filter(b -> b.code().equals(DemoCatalog.BIRTH)).findFirst().orElseThrow();

    var guide = Guides.forBundle(birth, published(),
        Answers.of("parentsMarried", "no", "socialSecurityCard", "yes", "motherEmployeeInsured", "yes"));

    assertThat(guide.materials()).extracting(m -> m.material().name()).doesNotContain("结婚证");
    assertThat(guide.items()).extracting(Item -> Item.name()).contains("生育津贴申领");
    assertThat(guide.fieldsToType()).extracting(f -> f.field().key()).contains("bankAccount");
  }
}
