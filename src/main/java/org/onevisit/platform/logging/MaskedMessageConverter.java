package org.onevisit.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.onevisit.platform.PersonalData;

/** {@code %maskedMsg}: the log message with ID numbers and mobile numbers masked, whoever logged them. */
public class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalData.maskText(super.convert(event));
  }
}
