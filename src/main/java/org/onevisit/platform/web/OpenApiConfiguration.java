package org.onevisit.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} and browsable at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI oneVisitApi() {
    return new OpenAPI().info(new Info()
        .title("OneVisit API")
        .version("v1")
        .description("""
            The platform's REST API under /api/v1. Errors are RFC 9457 problem details \
            (application/problem+json) with a stable `code` where the platform defines one. \
            Each operation states who may call it; anonymous calls to protected operations get 401, \
            calls from the wrong role or for another person's record 403.""")
        .license(new License().name("Apache-2.0")));
  }
}
