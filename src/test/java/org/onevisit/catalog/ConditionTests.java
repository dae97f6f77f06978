package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onevisit.catalog.Condition.allOf;
import static org.onevisit.catalog.Condition.answered;
import static org.onevisit.catalog.Condition.anyOf;
import static org.onevisit.catalog.Condition.not;

import org.junit.jupiter.api.Test;

class ConditionTests {

  final Answers marriedInProvince = Answers.of("married", "yes", "birthPlace", "province");

  @Test
  void alwaysHolds() {
    assertThat(Condition.always().holds(Answers.none())).isTrue();
  }

  @Test
  void answeredHoldsForAnyOfItsOptions() {
    assertThat(answered("birthPlace", "province", "abroad").holds(marriedInProvince)).isTrue();
    assertThat(answered("birthPlace", "abroad").holds(marriedInProvince)).isFalse();
  }

  @Test
  void unansweredQuestionDoesNotHold() {
    assertThat(answered("adopted", "yes").holds(marriedInProvince)).isFalse();
    assertThat(not(answered("adopted", "yes")).holds(marriedInProvince)).isTrue();
  }

  @Test
  void combinesConditions() {
    assertThat(allOf(answered("married", "yes"), answered("birthPlace", "province")).holds(marriedInProvince)).isTrue();
    assertThat(allOf(answered("married", "yes"), answered("birthPlace", "abroad")).holds(marriedInProvince)).isFalse();
    assertThat(anyOf(answered("married", "no"), answered("birthPlace", "province")).holds(marriedInProvince)).isTrue();
    assertThat(anyOf(answered("married", "no"), answered("birthPlace", "abroad")).holds(marriedInProvince)).isFalse();
  }

  @Test
  void listsItsAtoms() {
    var condition = allOf(answered("married", "yes"), not(anyOf(answered("birthPlace", "abroad"))));

    assertThat(condition.atoms()).extracting(Condition.Answered::question).containsExactly("married", "birthPlace");
  }
}
