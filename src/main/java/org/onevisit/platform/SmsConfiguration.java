package org.onevisit.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the SMS gateway: the developer outbox in the demo profile, otherwise a deployment's own bean. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

  /** The developer outbox exists only in the demo (and the test suite): it shows every code it "sends". */
  @Bean
  @Profile({"demo", "test"})
  DeveloperOutbox developerOutbox(JdbcClient jdbc, java.time.Clock clock) {
    return new DeveloperOutbox(jdbc, clock);
  }

  @Bean
  @ConditionalOnMissingBean(SmsSender.class)
  SmsSender noSmsGateway() {
    return new SmsSender() {
      @Override
      public void send(String mobile, String text) {
        throw new SmsUnavailableException(
            "No SMS gateway is configured: provide an SmsSender bean (the demo profile has a developer outbox)");
      }

      @Override
      public boolean available() {
        return false;
      }
    };
  }
}
