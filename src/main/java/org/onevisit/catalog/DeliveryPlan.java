package org.onevisit.catalog;

import java.util.Objects;
import java.util.Set;

/** 出件方式: how a bundle's results reach the applicant (统一窗口出件, 电子证照, 邮寄 …). */
public record DeliveryPlan(Set<DeliveryMethod> methods, String description) {

  public DeliveryPlan {
    methods = Set.copyOf(methods);
    Objects.requireNonNull(description, "description");
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("A delivery plan needs at least one method");
    }
  }
}
