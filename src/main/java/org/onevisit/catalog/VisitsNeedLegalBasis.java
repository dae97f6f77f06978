package org.onevisit.catalog;

import java.util.List;

/** 最多跑一次: at most one visit, and one only when a law requiring presence is named. */
public final class VisitsNeedLegalBasis implements StandardisationCheck<Item> {

  @Override
  public List<Problem> check(Item item) {
    var visits = item.visits();
    if (visits.required() > 1) {
      return List.of(new Problem(Problem.Code.TOO_MANY_VISITS, "visits.required",
          "到现场次数 " + visits.required() + " 次，超过一次"));
    }
    if (visits.required() == 1 && visits.presenceBasis().isBlank()) {
      return List.of(new Problem(Problem.Code.VISIT_WITHOUT_PRESENCE_BASIS, "visits.presenceBasis",
          "需到现场一次，但未注明要求本人到场的法律依据"));
    }
    return List.of();
  }
}
