package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class SmsConfigurationTests {

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(SmsConfiguration.class)
      .withBean(JdbcClient.class, () -> org.mockito.Mockito.mock(JdbcClient.class))
      .withBean(Clock.class, Clock::systemUTC);

  @Test
  void withoutTheDemoProfileThereIsNoOutboxAndSendingFailsHonestly() {
    runner.withPropertyValues("onevisit.sms.outbox.enabled=true").run(context -> {
      assertThat(context).doesNotHaveBean(DeveloperOutbox.class);
      assertThat(context.getBean(SmsSender.class).available()).isFalse();
      assertThatThrownBy(() -> context.getBean(SmsSender.class).send("13812345678", "code"))
          .isInstanceOf(SmsSender.SmsUnavailableException.class);
    });
  }

  @Test
  void theDemoProfileHasTheDeveloperOutbox() {
    runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
        .run(context -> assertThat(context.getBean(SmsSender.class)).isInstanceOf(DeveloperOutbox.class));
  }

  @Test
  void aDeploymentsOwnGatewayWins() {
    SmsSender gateway = (mobile, text) -> {};
    runner.withBean(SmsSender.class, () -> gateway)
        .run(context -> assertThat(context.getBean(SmsSender.class)).isSameAs(gateway));
  }
}
