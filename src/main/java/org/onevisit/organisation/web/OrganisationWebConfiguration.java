package org.onevisit.organisation.web;

import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the hall pages and the region API to anonymous visitors. */
@Configuration(proxyBeanMethods = false)
class OrganisationWebConfiguration {

  @Bean
  PublicPaths organisationPublicPaths() {
    return new PublicPaths("/halls", "/halls/**", "/api/v1/regions/**");
  }
}
