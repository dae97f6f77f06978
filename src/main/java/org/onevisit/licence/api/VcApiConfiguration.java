package org.onevisit.licence.api;

import org.onevisit.platform.ApiPaths;
import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VcApiConfiguration {

  /** Anyone may verify and read the issuer's keys and status lists; issuing and status changes need staff. */
  @Bean
  PublicPaths licenceApiPublicPaths() {
    return new PublicPaths("/credentials/verify", "/presentations/verify", "/status-lists/**", "/.well-known/did.json");
  }

  /** The VC-API lives outside {@code /api/} (its paths are the specification's) but answers like it. */
  @Bean
  ApiPaths licenceApiPaths() {
    return new ApiPaths("/credentials/", "/presentations/", "/status-lists/");
  }
}
