package org.onevisit.platform;

/**
 * Sends a text message to a mainland mobile number. An SMS gateway cannot exist on a developer's
 * machine: the platform ships {@link DeveloperOutbox} (demo profile, messages readable at
 * {@code /dev/outbox}); a deployment provides its own bean of this type wired to its gateway. Without
 * either, sending fails with {@link SmsUnavailableException} and login by code is refused, never faked.
 */
public interface SmsSender {

  /**
   * @param mobile 11-digit mainland mobile number
   * @param text the message, at most 300 characters
   * @throws SmsUnavailableException when no gateway can take the message
   */
  void send(String mobile, String text);

  /** Whether messages can be sent at all; when false, nothing is attempted. */
  default boolean available() {
    return true;
  }

  /** No gateway could take the message. */
  final class SmsUnavailableException extends RuntimeException {
    public SmsUnavailableException(String message) {
      super(message);
    }
  }
}
