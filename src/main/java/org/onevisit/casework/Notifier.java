package org.onevisit.casework;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 消息通知: tells an applicant what happened to his case (submitted, supplement asked, completed and how the
 * result reaches him, invited to rate). The platform's local implementation keeps every notice on the case
 * (shown on the applicant's case page) and sends it by SMS through the platform's {@code SmsSender} — the
 * developer outbox on a developer machine and in the demo. A deployment adds its own channels (the provincial
 * app's push service, 浙里办 messages) by providing another bean.
 */
public interface Notifier {

  void notify(Notice notice);

  /**
   * One notice.
   *
   * @param number the case it is about
   * @param mobile where to send an SMS, if the applicant left a number
   * @param text the message in the applicant's language (at most 300 characters)
   */
  record Notice(CaseNumber number, @Nullable String mobile, String text) {
    public Notice {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(text, "text");
      if (text.length() > 300) {
        text = text.substring(0, 300);
      }
    }
  }
}
