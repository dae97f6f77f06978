package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.catalog.CatalogFixtures.anyItem;
import static org.onevisit.catalog.CatalogFixtures.applicantMaterial;
import static org.onevisit.catalog.CatalogFixtures.item;

import org.junit.jupiter.api.Test;

class ItemPublicationTests {

  @Test
  void publishesCleanDraft() {
    var item = anyItem();

    var published = item.publish(Standardisation.of(item));

    assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    assertThat(published).isEqualTo(new ItemPublished(item.code(), item.region(), 1));
  }

  @Test
  void refusesToPublishItemWithOtherMaterialsGivingTheReason() {
    var item = item().material(applicantMaterial("other", "其他材料")).build();

    assertThatThrownBy(() -> item.publish(Standardisation.of(item)))
        .isInstanceOfSatisfying(NotStandardised.class, refused -> {
          assertThat(refused.error()).isEqualTo(CatalogError.NOT_STANDARDISED);
          assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Problem.Code.CATCH_ALL_MATERIAL);
            assertThat(problem.detail()).isEqualTo("兜底性材料不得列入材料清单: 其他材料");
          });
        })
        .hasMessageContaining("其他材料");
    assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
  }

  @Test
  void refusesReportAboutAnotherItem() {
    var item = anyItem();

    assertThatThrownBy(() -> item.publish(Standardisation.of(anyItem())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withdrawsPublishedItem() {
    var item = anyItem();
    item.publish(Standardisation.of(item));

    var withdrawn = item.withdraw();

    assertThat(item.status()).isEqualTo(ItemStatus.WITHDRAWN);
    assertThat(withdrawn.item()).isEqualTo(item.code());
  }

  @Test
  void refusesToWithdrawDraftOrPublishTwice() {
    var item = anyItem();
    assertThatThrownBy(item::withdraw).isInstanceOfSatisfying(CatalogException.class,
        e -> assertThat(e.error()).isEqualTo(CatalogError.ILLEGAL_TRANSITION));

    item.publish(Standardisation.of(item));
    assertThatThrownBy(() -> item.publish(Standardisation.of(item))).isInstanceOfSatisfying(CatalogException.class,
        e -> assertThat(e.error()).isEqualTo(CatalogError.ILLEGAL_TRANSITION));
  }

  @Test
  void refusesConditionsOnQuestionsTheItemDoesNotAsk() {
    var builder = item().material(CatalogFixtures.material("marriage", "结婚证", MaterialSource.applicant(),
        Condition.answered("married", "yes")));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("married");
  }

  @Test
  void refusesDuplicateMaterialKeys() {
    var builder = item().material(applicantMaterial("application", "申请表"));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }
}
