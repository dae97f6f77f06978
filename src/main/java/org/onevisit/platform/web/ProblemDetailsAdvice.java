package org.onevisit.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.ApiPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One mapping of errors for the whole platform: under {@code /api/} every error is an RFC 9457 problem
 * ({@code application/problem+json}); on pages the same error becomes the status's error page, in the
 * visitor's language, without jargon. Modules declare further machine-API prefixes as {@link ApiPaths}. Security exceptions pass through to Spring Security. Modules map
 * their own error codes to a status with {@link org.springframework.web.server.ResponseStatusException}
 * or an {@link org.springframework.web.ErrorResponse} exception.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final List<ApiPaths> apiPaths;

  ProblemDetailsAdvice(List<ApiPaths> apiPaths) {
    this.apiPaths = apiPaths;
  }

  /** {@code /api/} and the prefixes modules declare as {@link ApiPaths}. */
  boolean isApi(HttpServletRequest request) {
    return ApiPaths.isApi(request, apiPaths);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
      HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())) {
      sendError(servlet.getResponse(), statusCode.value());
      return null;
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  /** Anything unforeseen: logged with its stack, answered without internals. */
  @ExceptionHandler(Exception.class)
  @Nullable ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request,
      HttpServletResponse response) throws Exception {
    if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
      throw ex;
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
    if (!isApi(request)) {
      sendError(response, HttpStatus.INTERNAL_SERVER_ERROR.value());
      return null;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The request could not be completed; nothing was changed. The error has been logged.");
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static void sendError(HttpServletResponse response, int status) {
    try {
      response.sendError(status);
    } catch (IOException e) {
      log.debug("Could not send error {}", status, e);
    }
  }
}
