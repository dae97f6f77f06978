package org.onevisit.licence.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataIntegrityConfiguration {

  @Bean
  DataIntegrity dataIntegrity() {
    return new DataIntegrity();
  }
}
