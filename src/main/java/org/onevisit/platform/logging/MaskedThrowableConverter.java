package org.onevisit.platform.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.onevisit.platform.PersonalData;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * {@code %maskedEx}: stack traces with ID numbers and mobiles masked (a constraint violation's message
 * names the row's values).
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return PersonalData.maskText(super.throwableProxyToString(tp));
  }
}
