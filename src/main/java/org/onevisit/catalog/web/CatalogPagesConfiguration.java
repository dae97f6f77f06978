package org.onevisit.catalog.web;

import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The citizen's catalog pages are public: anyone learns what a matter takes before logging in. */
@Configuration(proxyBeanMethods = false)
class CatalogPagesConfiguration {

  @Bean
  PublicPaths catalogPagePaths() {
    return new PublicPaths("/items/*", "/bundles/*", "/items/*/questions", "/bundles/*/questions",
        "/items/*/questions/*", "/bundles/*/questions/*", "/items/*/check", "/bundles/*/check", "/items/*/guide",
        "/bundles/*/guide", "/departments", "/departments/*", "/lists");
  }
}
