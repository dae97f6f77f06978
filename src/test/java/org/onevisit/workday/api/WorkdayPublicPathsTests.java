package org.onevisit.workday.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.util.pattern.PathPatternParser;

class WorkdayPublicPathsTests {

  @Test
  void lookupsArePublicButOverridesAreNot() {
    assertPublic("/api/v1/workdays/2025-01-24", true);
    assertPublic("/api/v1/workdays/add", true);
    assertPublic("/api/v1/workdays/overrides", false);
    assertPublic("/api/v1/workdays/overrides/2025-01-24", false);
  }

  private static void assertPublic(String path, boolean expected) {
    boolean byPathPattern = WorkdayApiConfiguration.PUBLIC.patterns().stream()
        .anyMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(PathContainer.parsePath(path)));
    boolean byAntPath = WorkdayApiConfiguration.PUBLIC.patterns().stream()
        .anyMatch(p -> new AntPathMatcher().match(p, path));
    assertThat(byPathPattern).as(path).isEqualTo(expected);
    assertThat(byAntPath).as(path).isEqualTo(expected);
  }
}
