package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.CatalogFixtures.MARRIED_WITH_CARD;
import static org.onevisit.catalog.CatalogFixtures.birthBundle;
import static org.onevisit.catalog.CatalogFixtures.birthItems;
import static org.onevisit.catalog.CatalogFixtures.byCode;

import org.junit.jupiter.api.Test;

/** 出生一件事: the seeds' figures follow from the model. */
class BirthBundleFiguresTests {

  @Test
  void beforeTheBundleFiveWindowsTwentyMaterialsSixtyFields() {
    var before = Guides.forBundle(birthBundle(), byCode(birthItems()), MARRIED_WITH_CARD).figures().before();

    assertThat(before).isEqualTo(new Figures.Tally(5, 20, 60, 5));
  }

  @Test
  void withTheBundleOneMaterialNineFieldsNoVisit() {
    var after = Guides.forBundle(birthBundle(), byCode(birthItems()), MARRIED_WITH_CARD).figures().after();

    assertThat(after).isEqualTo(new Figures.Tally(0, 1, 9, 0));
  }

  @Test
  void figuresFollowTheAnswers() {
    var figures = Guides.forBundle(birthBundle(), byCode(birthItems()),
        Answers.of("parentsMarried", "no", "socialSecurityCard", "no")).figures();

    assertThat(figures.before()).isEqualTo(new Figures.Tally(4, 13, 49, 4));
    assertThat(figures.after()).isEqualTo(new Figures.Tally(0, 0, 7, 0));
  }

  @Test
  void everyBirthItemPassesStandardisation() {
    assertThat(birthItems()).allSatisfy(item -> assertThat(Standardisation.of(item).problems()).isEmpty());
  }
}
