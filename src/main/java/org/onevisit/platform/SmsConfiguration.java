package org.onevisit.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the SMS gateway: the developer outbox when enabled, otherwise a deployment's own bean. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

  @Bean
  @ConditionalOnProperty(name = "onevisit.sms.outbox.enabled", havingValue = "true")
  DeveloperOutbox developerOutbox(JdbcClient jdbc, java.time.Clock clock) {
    return new DeveloperOutbox(jdbc, clock);
  }

  @Bean
  @ConditionalOnMissingBean(SmsSender.class)
  SmsSender noSmsGateway() {
    return (mobile, text) -> {
      throw new SmsSender.SmsUnavailableException(
          "No SMS gateway is configured: provide an SmsSender bean or enable onevisit.sms.outbox.enabled");
    };
  }
}
