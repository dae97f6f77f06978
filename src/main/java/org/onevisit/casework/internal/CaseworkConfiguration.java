package org.onevisit.casework.internal;

import java.time.Clock;
import org.onevisit.casework.CourierService;
import org.onevisit.casework.Notifier;
import org.onevisit.platform.SmsSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The local implementations of what a deployment replaces: the notifier's channels and the courier. */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

  @Bean
  @ConditionalOnMissingBean(Notifier.class)
  Notifier notifier(JdbcClient jdbc, SmsSender sms, Clock clock) {
    return new NoticeBoard(jdbc, sms, clock);
  }

  @Bean
  @ConditionalOnMissingBean(CourierService.class)
  CourierService courier(JdbcClient jdbc, Clock clock) {
    return new LocalCourier(jdbc, clock);
  }
}
