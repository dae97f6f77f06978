package org.onevisit.casework;

import java.util.LinkedHashSet;
import java.util.Set;
import org.onevisit.catalog.DataElement;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialSource;

/**
 * Which shared data elements the department deciding an item reads to pre-fill its form and find its
 * materials, and about whom. Catalog elements name a party of the case: {@code mother.name} is the
 * {@code person.name} of the mother (the applicant or the applicant's registered spouse, by sex),
 * {@code father.*} likewise; {@code newborn.*} and {@code birth.*} are the mother's delivery record;
 * {@code enterprise.*} and {@code credit.*} the applicant's enterprise; everything else the applicant's
 * own. A grant for the item (purpose type = item code) must cover {@link #readFor(Item)}.
 */
public final class SharedElements {

  /** Read to find the mother and the father among the applicant and his or her spouse. */
  public static final Set<DataElement> PARTY_ELEMENTS =
      Set.of(DataElement.of("person.gender"), DataElement.of("marriage.spouseIdNumber"));

  /** Read to find the head of the applicant's household, who holds the household register. */
  public static final DataElement HOUSEHOLD_HEAD = DataElement.of("household.headIdNumber");

  private SharedElements() {}

  /** Whose data an element is, and the element read for that party. */
  public record Need(Party party, DataElement element) {}

  /** The parties whose data an application reads. */
  public enum Party {
    APPLICANT,
    MOTHER,
    FATHER,
    /** The head of the applicant's household, who holds the household register. */
    HOUSEHOLD,
    ENTERPRISE
  }

  /** The party and sharing element a catalog element stands for. */
  public static Need need(DataElement element) {
    String code = element.code();
    int dot = code.indexOf('.');
    String prefix = code.substring(0, dot);
    String rest = code.substring(dot + 1);
    return switch (prefix) {
      case "mother" -> new Need(Party.MOTHER, DataElement.of("person." + rest));
      case "father" -> new Need(Party.FATHER, DataElement.of("person." + rest));
      case "newborn", "birth", "prenatal" -> new Need(Party.MOTHER, element);
      case "enterprise", "credit" -> new Need(Party.ENTERPRISE, element);
      default -> new Need(Party.APPLICANT, element);
    };
  }

  /** Every sharing element the item's department reads, whoever it is about. */
  public static Set<DataElement> readFor(Item item) {
    var out = new LinkedHashSet<DataElement>();
    boolean parents = false;
    for (FormField field : item.fields()) {
      if (field.binding() instanceof FormField.Binding.Bound bound) {
        var need = need(bound.element());
        out.add(need.element());
        parents |= need.party() == Party.MOTHER || need.party() == Party.FATHER;
      }
    }
    for (Material material : item.materials()) {
      switch (material.source()) {
        case MaterialSource.SharedData shared -> {
          var need = need(shared.element());
          out.add(need.element());
          parents |= need.party() == Party.MOTHER || need.party() == Party.FATHER;
        }
        case MaterialSource.Licence licence -> {
          parents |= licence.holder().equals("mother") || licence.holder().equals("father");
          if (licence.holder().equals("household")) {
            out.add(HOUSEHOLD_HEAD);
          }
        }
        default -> { }
      }
    }
    if (parents) {
      out.addAll(PARTY_ELEMENTS);
    }
    return out;
  }
}
