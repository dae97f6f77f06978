package org.onevisit.sharing.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ValueHistory;
import org.springframework.stereotype.Component;

/** The values an access-log entry served, masked, for the pages that show them (callers check who may see it). */
@Component
class ServedValues {

  private final ValueHistory history;
  private final DataElements elements;
  private final Departments departments;

  ServedValues(ValueHistory history, DataElements elements, Departments departments) {
    this.history = history;
    this.elements = elements;
    this.departments = departments;
  }

  /** A served value as the entry pages show it. */
  record ServedRow(String element, String value, int version, boolean current, @Nullable String source,
      @Nullable String asOf) {}

  List<ServedRow> served(long seq, Locale locale) {
    return history.served(seq).stream()
        .map(v -> new ServedRow(SharingPages.elementName(elements, v.element(), locale),
            v.available() ? Masking.value(elements, v.element(), v.value()) : "",
            v.version(), v.current(),
            v.sourceDepartment() == null ? null
                : departments.findByCode(v.sourceDepartment()).map(Department::name).orElse(v.sourceDepartment()),
            v.asOf() == null ? null : SharingPages.TIME.format(v.asOf())))
        .toList();
  }
}
