package org.onevisit.licence.web;

import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LicencePagesConfiguration {

  /** The verification page works without login: anyone holding a licence's QR code or credential checks it. */
  @Bean
  PublicPaths licencePagesPublicPaths() {
    return new PublicPaths("/verify", "/verify/*");
  }
}
