package org.onevisit.workday.api;

import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkdayApiConfiguration {

  /**
   * The date lookup and the working-day arithmetic are public; the override table is not. The date
   * segment is restricted to digits and dashes so that {@code /api/v1/workdays/overrides} never
   * matches (a plain {@code /api/v1/workdays/*} would open the override list to anonymous callers).
   */
  static final PublicPaths PUBLIC = new PublicPaths("/api/v1/workdays/{date:[0-9]+-[0-9]+-[0-9]+}", "/api/v1/workdays/add");

  @Bean
  PublicPaths workdayPublicPaths() {
    return PUBLIC;
  }
}
