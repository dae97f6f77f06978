package org.onevisit.catalog.api;

import java.net.URI;
import java.util.Map;
import org.onevisit.catalog.CatalogException;
import org.onevisit.catalog.InvalidAnswers;
import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Who may call the catalog API (reading is public) and how its errors read as problem details (RFC 9457). */
@Configuration(proxyBeanMethods = false)
class CatalogApiConfiguration {

  @Bean
  PublicPaths catalogApiPublicPaths() {
    return new PublicPaths("/api/v1/catalog/items", "/api/v1/catalog/items.csv", "/api/v1/catalog/items/*",
        "/api/v1/catalog/items/*/questions", "/api/v1/catalog/items/*/guide", "/api/v1/catalog/bundles",
        "/api/v1/catalog/bundles/*", "/api/v1/catalog/bundles/*/questions", "/api/v1/catalog/bundles/*/guide",
        "/api/v1/catalog/search", "/api/v1/catalog/export");
  }

  @RestControllerAdvice(assignableTypes = CatalogApi.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class CatalogProblems {

    @ExceptionHandler(InvalidAnswers.class)
    ProblemDetail invalidAnswers(InvalidAnswers e) {
      var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
          "Some answers match no question or option, or a required question is unanswered");
      problem.setType(URI.create("urn:onevisit:catalog:invalid-answers"));
      problem.setTitle("Invalid answers");
      problem.setProperty("errors", e.problems().stream()
          .map(p -> Map.of("question", p.question(), "reason", p.reason().name())).toList());
      return problem;
    }

    @ExceptionHandler(CatalogException.class)
    ProblemDetail catalog(CatalogException e) {
      var status = switch (e.error()) {
        case UNKNOWN_ITEM -> HttpStatus.NOT_FOUND;
        case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
        case NOT_STANDARDISED, INVALID_ANSWERS -> HttpStatus.UNPROCESSABLE_CONTENT;
      };
      var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
      problem.setType(URI.create("urn:onevisit:catalog:" + e.error().name().toLowerCase().replace('_', '-')));
      return problem;
    }

    @ExceptionHandler(CatalogApi.MalformedParameter.class)
    ProblemDetail malformed(CatalogApi.MalformedParameter e) {
      var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setType(URI.create("urn:onevisit:catalog:malformed-parameter"));
      return problem;
    }
  }
}
