package org.onevisit.catalog;

import java.util.List;

/** 材料须有设定依据: every material names the law or regulation that requires it. */
public final class MaterialHasLegalBasis implements StandardisationCheck<Item> {

  @Override
  public List<Problem> check(Item item) {
    return item.materials().stream()
        .filter(m -> m.legalBasis().isBlank())
        .map(m -> new Problem(Problem.Code.MATERIAL_WITHOUT_LEGAL_BASIS, "materials[" + m.key() + "].legalBasis",
            "材料无设定依据: " + m.name()))
        .toList();
  }
}
