package org.onevisit.platform.logging;

import org.onevisit.platform.PersonalData;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks ID numbers and mobiles in every string of the structured (JSON) log lines: message, stack trace
 * and any other member. Configured by {@code logging.structured.json.customizer}.
 */
public class PersonalDataLogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

  @Override
  public void customize(JsonWriter.Members<Object> members) {
    members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::maskText));
  }
}
