package org.onevisit.platform;

import java.util.List;

/**
 * Paths a module opens to anonymous visitors. Security is deny-by-default: every module that serves a
 * public page or API declares a bean of this type, and the security configuration permits exactly the
 * union of them (GET and POST alike; CSRF still applies to forms).
 *
 * @param patterns Spring path patterns, e.g. {@code /halls/**}
 */
public record PublicPaths(List<String> patterns) {

  public PublicPaths(String... patterns) {
    this(List.of(patterns));
  }
}
