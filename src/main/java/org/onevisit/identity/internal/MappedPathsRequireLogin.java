package org.onevisit.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The catch-all rule: a path some handler serves needs a login; a path nobody handles is let
 * through so that the visitor gets an honest 404 rather than a login page for a page that does not exist.
 * Nothing is exposed by this: an unmapped path has no handler to reach.
 */
final class MappedPathsRequireLogin implements AuthorizationManager<RequestAuthorizationContext> {

  private final ObjectProvider<HandlerMapping> mappings;
  private volatile @Nullable List<HandlerMapping> resolved;
  private final AuthorizationManager<RequestAuthorizationContext> authenticated =
      AuthenticatedAuthorizationManager.authenticated();

  MappedPathsRequireLogin(ObjectProvider<HandlerMapping> mappings) {
    this.mappings = mappings;
  }

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    return mapped(context.getRequest())
        ? authenticated.authorize(authentication, context)
        : new AuthorizationDecision(true);
  }

  /** Every handler mapping (controllers, view controllers, router functions, resources), resolved once. */
  private List<HandlerMapping> mappings() {
    List<HandlerMapping> list = resolved;
    if (list == null) {
      list = mappings.orderedStream().toList();
      resolved = list;
    }
    return list;
  }

  private boolean mapped(HttpServletRequest request) {
    boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
    if (!parsed) {
      ServletRequestPathUtils.parseAndCache(request);
    }
    try {
      for (HandlerMapping mapping : mappings()) {
        if (mapping.getHandler(request) != null) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      // the path is mapped for another method or media type: treat it as known
      return true;
    } finally {
      if (!parsed) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }
}
