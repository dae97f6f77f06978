package org.onevisit.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when neither {@code spring.datasource.url} nor {@code ONEVISIT_DB_URL} names a database. */
class NoExternalDatabase implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    return url == null || url.isBlank();
  }
}
