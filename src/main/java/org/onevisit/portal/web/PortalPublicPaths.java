package org.onevisit.portal.web;

import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal pages anyone may open: search and the life-event themes (the home page is always public). */
@Configuration(proxyBeanMethods = false)
class PortalPublicPaths {

  @Bean
  PublicPaths portalPaths() {
    return new PublicPaths("/search", "/themes/*");
  }
}
