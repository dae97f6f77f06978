package org.onevisit.catalog;

import java.util.Objects;

/** 办理流程环节: one step of an item's process (受理, 审核, 决定, 送达 …) with what happens in it. */
public record ProcessStep(String name, String description) {

  public ProcessStep {
    Objects.requireNonNull(description, "description");
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("A process step needs a name");
    }
  }
}
