package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * 事项无差别、地域无差别 (R-1.5): the implementations of one item code in different regions have the same
 * guide — name, department, type, legal basis, time limits, fee, visits, acceptance conditions,
 * materials, fields, process and situation questions. Regions differ only in halls and contacts, which
 * are not part of an {@link Item}. Each implementation is compared with the first one given.
 */
public final class OneGuidePerItemCode implements StandardisationCheck<Collection<Item>> {

  private static final Map<String, Function<Item, Object>> ASPECTS = aspects();

  @Override
  public List<Problem> check(Collection<Item> implementations) {
    var problems = new ArrayList<Problem>();
    var byCode = new LinkedHashMap<ItemCode, Item>();
    for (Item item : implementations) {
      var reference = byCode.putIfAbsent(item.code(), item);
      if (reference == null) {
        continue;
      }
      ASPECTS.forEach((aspect, of) -> {
        if (!Objects.equals(of.apply(reference), of.apply(item))) {
          problems.add(new Problem(Problem.Code.REGIONS_DIFFER, item.code() + "@" + item.region() + "." + aspect,
              "与 " + reference.region() + " 的同一事项不一致: " + aspect));
        }
      });
    }
    return problems;
  }

  private static Map<String, Function<Item, Object>> aspects() {
    var aspects = new LinkedHashMap<String, Function<Item, Object>>();
    aspects.put("name", Item::name);
    aspects.put("department", Item::department);
    aspects.put("type", Item::type);
    aspects.put("legalBasis", Item::legalBasis);
    aspects.put("limits", Item::limits);
    aspects.put("fee", item -> item.fee().stripTrailingZeros());
    aspects.put("visits", Item::visits);
    aspects.put("acceptanceConditions", Item::acceptanceConditions);
    aspects.put("materials", Item::materials);
    aspects.put("fields", Item::fields);
    aspects.put("steps", Item::steps);
    aspects.put("questions", Item::questions);
    return aspects;
  }
}
