package org.onevisit.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

class LoginRedirectTests {

  static DefaultSavedRequest saved(String uri, String query) {
    var request = new MockHttpServletRequest("GET", uri);
    request.setQueryString(query);
    return new DefaultSavedRequest(request);
  }

  @Test
  void returnsToTheMySpacePageTheApplicantCameFrom() {
    assertThat(LoginController.mySpacePage(saved("/me/cases", "page=2"))).isEqualTo("/me/cases?page=2");
    assertThat(LoginController.mySpacePage(saved("/me", null))).isEqualTo("/me");
  }

  @Test
  void neverRedirectsAnywhereElse() {
    assertThat(LoginController.mySpacePage(null)).isEqualTo("/me");
    assertThat(LoginController.mySpacePage(saved("/media", null))).isEqualTo("/me");
    assertThat(LoginController.mySpacePage(saved("/staff/members", "x=/me"))).isEqualTo("/me");
    assertThat(LoginController.mySpacePage(saved("/me//evil.example", null))).isEqualTo("/me");
  }
}
