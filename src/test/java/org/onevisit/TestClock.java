package org.onevisit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.onevisit.platform.ChinaTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The clock of every test context: real time until a test moves it on. Tests that move it call
 * {@link #reset()} afterwards so the shared context keeps running on real time.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestClock {

  @Bean
  MutableClock clock() {
    return new MutableClock();
  }

  /** A clock that follows the system clock plus an offset the test controls. */
  public static final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
      offset = offset.plus(by);
    }

    public void reset() {
      offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
      return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
