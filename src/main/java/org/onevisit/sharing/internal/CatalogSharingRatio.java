package org.onevisit.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.DataElement;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.sharing.SharingRatio;
import org.springframework.stereotype.Component;

/** Measures the {@link SharingRatio} over the catalog's published items (an in-memory snapshot: cheap). */
@Component
class CatalogSharingRatio implements SharingRatio.Measure {

  private final Catalog catalog;

  CatalogSharingRatio(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public SharingRatio current() {
    return of(catalog.items());
  }

  @Override
  public Set<DataElement> heldElements() {
    return java.util.stream.Stream.of(LibraryValues.PERSON, LibraryValues.HOUSEHOLD, LibraryValues.MARRIAGE,
            LibraryValues.PRENATAL, LibraryValues.BIRTH, LibraryValues.DEATH, LibraryValues.ENTERPRISE, LibraryValues.CREDIT,
            LibraryValues.ADDRESS)
        .flatMap(Set::stream).map(DataElement::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  static SharingRatio of(List<Item> items) {
    Set<DataElement> required = new TreeSet<>(Comparator.comparing(DataElement::code));
    for (Item item : items) {
      for (FormField field : item.fields()) {
        if (field.binding() instanceof FormField.Binding.Bound bound) {
          required.add(bound.element());
        }
      }
      item.materials().forEach(m -> {
        if (m.source() instanceof MaterialSource.SharedData shared) {
          required.add(shared.element());
        }
      });
    }
    List<DataElement> notHeld = new ArrayList<>();
    for (DataElement element : required) {
      if (!LibraryValues.holds(element)) {
        notHeld.add(element);
      }
    }
    return new SharingRatio(required.size(), required.size() - notHeld.size(), notHeld);
  }
}
