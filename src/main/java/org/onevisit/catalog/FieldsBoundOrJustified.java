package org.onevisit.catalog;

import java.util.List;

/**
 * 表单字段须绑定数据元或说明理由: a field is pre-filled from a data element, or it is free input with the
 * reason why no shared data can fill it.
 */
public final class FieldsBoundOrJustified implements StandardisationCheck<Item> {

  @Override
  public List<Problem> check(Item item) {
    return item.fields().stream()
        .filter(f -> f.binding() instanceof FormField.Binding.FreeInput free && free.reason().isBlank())
        .map(f -> new Problem(Problem.Code.FIELD_NOT_JUSTIFIED, "fields[" + f.key() + "].binding",
            "字段未绑定数据元，也未说明自由填写的理由: " + f.label()))
        .toList();
  }
}
