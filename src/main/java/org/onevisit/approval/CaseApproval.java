package org.onevisit.approval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the back office of one case decides: its reference (the case number), a title for inboxes and
 * one branch per item.
 */
public record CaseApproval(String caseRef, String title, List<Branch> branches) {

  public CaseApproval {
    Objects.requireNonNull(caseRef, "case reference");
    Objects.requireNonNull(title, "title");
    branches = List.copyOf(branches);
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("A case needs at least one item");
    }
    var items = new HashSet<String>();
    branches.forEach(b -> {
      if (!items.add(b.item())) {
        throw new IllegalArgumentException("Item " + b.item() + " appears twice in case " + caseRef);
      }
    });
    branches.forEach(b -> b.waitsFor().forEach(w -> {
      if (!items.contains(w)) {
        throw new IllegalArgumentException("Item " + b.item() + " waits for " + w + ", which case " + caseRef
            + " does not hold");
      }
    }));
    requireNoCycle(branches);
  }

  private static void requireNoCycle(List<Branch> branches) {
    var waits = new HashMap<String, List<String>>();
    branches.forEach(b -> waits.put(b.item(), b.waitsFor()));
    var done = new HashSet<String>();
    for (var b : branches) {
      visit(b.item(), waits, new HashSet<>(), done);
    }
  }

  private static void visit(String item, java.util.Map<String, List<String>> waits, Set<String> path, Set<String> done) {
    if (done.contains(item)) {
      return;
    }
    if (!path.add(item)) {
      throw new IllegalArgumentException("Items wait for each other in a cycle through " + item);
    }
    waits.get(item).forEach(w -> visit(w, waits, path, done));
    path.remove(item);
    done.add(item);
  }

  /**
   * One item of the case: who decides it ({@code departmentCode} such as {@code 331126-PSB}, in
   * {@code regionCode}), with which process model (null for the default 审查 → 决定) and the items of
   * the same case whose approval it needs first.
   */
  public record Branch(
      String item, String itemName, String departmentCode, String regionCode, @Nullable String processKey,
      List<String> waitsFor) {

    public Branch {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(itemName, "item name");
      Objects.requireNonNull(departmentCode, "department");
      Objects.requireNonNull(regionCode, "region");
      waitsFor = List.copyOf(waitsFor);
    }

    public static Branch of(String item, String itemName, String departmentCode, String regionCode) {
      return new Branch(item, itemName, departmentCode, regionCode, null, List.of());
    }
  }
}
