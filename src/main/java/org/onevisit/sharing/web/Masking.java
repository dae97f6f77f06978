package org.onevisit.sharing.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.platform.PersonalData;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Subject;

/** How values of shared elements and subjects appear on pages: ID numbers, mobiles and names masked. */
final class Masking {

  private static final Set<String> NAMES = Set.of("person.name", "household.head", "enterprise.legalRepresentative");

  private Masking() {}

  static String value(DataElements elements, DataElement element, @Nullable String value) {
    if (value == null) {
      return "—";
    }
    var definition = elements.find(element);
    var type = definition.map(ElementDefinition::type).orElse(ElementDefinition.Type.TEXT);
    if (type == ElementDefinition.Type.ID_NUMBER) {
      return PersonalData.maskIdNumber(value);
    }
    if (type == ElementDefinition.Type.MOBILE) {
      return PersonalData.maskPhone(value);
    }
    if (NAMES.contains(element.code())) {
      return PersonalData.maskName(value);
    }
    return PersonalData.maskText(value);
  }

  static String subject(Subject subject) {
    return subject instanceof Subject.Person p ? p.idNumber().masked() : subject.key();
  }

  static String subjectKey(String key) {
    return key.matches("[0-9]{17}[0-9Xx]") ? PersonalData.maskIdNumber(key) : key;
  }
}
