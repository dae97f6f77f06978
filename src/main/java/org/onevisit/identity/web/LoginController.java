package org.onevisit.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.CreditCode.InvalidCreditCodeException;
import org.onevisit.identity.IdNumber.InvalidIdNumberException;
import org.onevisit.identity.internal.LoginCodes;
import org.onevisit.platform.PersonalData;
import org.onevisit.platform.SmsSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Citizen and enterprise login by one-time code: {@code /login} (person), {@code /login/enterprise}
 * (representative of an enterprise), then {@code /login/code}. Public. Invalid ID numbers and credit
 * codes get a message next to the field and are never stored.
 */
@Controller
class LoginController {

  static final String CHALLENGE = "onevisit.login.challenge";

  private final LoginCodes codes;
  private final SecurityContextRepository contexts;
  private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
  // a new CSRF token for the logged-in session, as Spring Security does for the staff form login
  private final CsrfAuthenticationStrategy csrfRotation =
      new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

  LoginController(LoginCodes codes, SecurityContextRepository contexts) {
    this.codes = codes;
    this.contexts = contexts;
  }

  /** What the code page needs to know between requests; no full number is kept. */
  record PendingChallenge(UUID id, String maskedMobile, boolean enterprise) implements Serializable {}

  @GetMapping("/login")
  String citizenForm(@ModelAttribute("form") LoginForms.CitizenLogin form) {
    return "identity/login";
  }

  @PostMapping("/login")
  String requestCitizenCode(@Valid @ModelAttribute("form") LoginForms.CitizenLogin form, BindingResult errors,
      HttpServletRequest request, HttpSession session, Locale locale, Model model) {
    IdNumber idNumber = idNumber(form.getIdNumber(), errors);
    if (errors.hasErrors() || idNumber == null) {
      return "identity/login";
    }
    String mobile = form.getMobile().strip();
    return afterRequest(send(() -> codes.requestForCitizen(idNumber, mobile, request.getRemoteAddr(), locale), model),
        mobile, false, session, model, "identity/login");
  }

  @GetMapping("/login/enterprise")
  String enterpriseForm(@ModelAttribute("form") LoginForms.EnterpriseLogin form) {
    return "identity/login-enterprise";
  }

  @PostMapping("/login/enterprise")
  String requestEnterpriseCode(@Valid @ModelAttribute("form") LoginForms.EnterpriseLogin form,
      BindingResult errors, HttpServletRequest request, HttpSession session, Locale locale, Model model) {
    CreditCode creditCode = creditCode(form.getCreditCode(), errors);
    IdNumber idNumber = idNumber(form.getIdNumber(), errors);
    if (errors.hasErrors() || creditCode == null || idNumber == null) {
      return "identity/login-enterprise";
    }
    String mobile = form.getMobile().strip();
    return afterRequest(
        send(() -> codes.requestForEnterprise(creditCode, idNumber, mobile, request.getRemoteAddr(), locale), model),
        mobile, true, session, model, "identity/login-enterprise");
  }

  @GetMapping("/login/code")
  String codeForm(@ModelAttribute("form") LoginForms.Code form, HttpSession session, Model model) {
    if (CurrentUser.applicant().isPresent()) {
      return "redirect:/me"; // a second tab, the back button, a second click: already in
    }
    if (!(session.getAttribute(CHALLENGE) instanceof PendingChallenge pending)) {
      return "redirect:/login";
    }
    model.addAttribute("pending", pending);
    return "identity/login-code";
  }

  @PostMapping("/login/code")
  String verifyCode(@Valid @ModelAttribute("form") LoginForms.Code form, BindingResult errors,
      HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
    if (CurrentUser.applicant().isPresent()) {
      return "redirect:/me";
    }
    if (!(session.getAttribute(CHALLENGE) instanceof PendingChallenge pending)) {
      return "redirect:/login";
    }
    model.addAttribute("pending", pending);
    if (errors.hasErrors()) {
      return "identity/login-code";
    }
    LoginCodes.Verified result = codes.verify(pending.id(), form.getCode());
    switch (result) {
      case LoginCodes.Verified.LoggedIn(Applicant applicant) -> {
        session.removeAttribute(CHALLENGE);
        String next = mySpacePage(savedRequests.getRequest(request, response));
        savedRequests.removeRequest(request, response);
        logIn(applicant, request, response);
        return "redirect:" + next;
      }
      case LoginCodes.Verified.WrongCode(int triesLeft) ->
          errors.rejectValue("code", "identity.code.wrong", new Object[] {triesLeft}, "Wrong code");
      case LoginCodes.Verified.Locked() -> errors.rejectValue("code", "identity.code.locked");
      case LoginCodes.Verified.Expired() -> errors.rejectValue("code", "identity.code.expired");
      case LoginCodes.Verified.NoChallenge() -> errors.rejectValue("code", "identity.code.noChallenge");
    }
    return "identity/login-code";
  }

  /** Back to the page of "my space" the applicant was sent away from, never anywhere else. */
  static String mySpacePage(SavedRequest saved) {
    if (saved == null) {
      return "/me";
    }
    URI uri = URI.create(saved.getRedirectUrl());
    String path = uri.getRawPath();
    if (path == null || !(path.equals("/me") || path.startsWith("/me/")) || path.contains("//")) {
      return "/me";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private void logIn(Applicant applicant, HttpServletRequest request, HttpServletResponse response) {
    var authorities = List.of(new SimpleGrantedAuthority(applicant.actsForEnterprise() ? "ROLE_ENTERPRISE" : "ROLE_CITIZEN"));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null, authorities));
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    csrfRotation.onAuthentication(context.getAuthentication(), request, response);
    contexts.saveContext(context, request, response);
  }

  private interface Request {
    LoginCodes.Requested run();
  }

  private static LoginCodes.Requested send(Request request, Model model) {
    try {
      return request.run();
    } catch (SmsSender.SmsUnavailableException e) {
      model.addAttribute("smsUnavailable", true);
      return null;
    }
  }

  private static String afterRequest(LoginCodes.Requested requested, String mobile, boolean enterprise,
      HttpSession session, Model model, String formView) {
    if (requested == null) {
      return formView;
    }
    if (requested instanceof LoginCodes.Requested.Throttled(var retryAfter)) {
      model.addAttribute("retryMinutes", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
      return formView;
    }
    var sent = (LoginCodes.Requested.Sent) requested;
    session.setAttribute(CHALLENGE, new PendingChallenge(sent.challenge(), PersonalData.maskPhone(mobile), enterprise));
    return "redirect:/login/code";
  }

  private static IdNumber idNumber(String input, BindingResult errors) {
    if (input == null || input.isBlank() || errors.hasFieldErrors("idNumber")) {
      return null;
    }
    try {
      return IdNumber.parse(input);
    } catch (InvalidIdNumberException e) {
      errors.rejectValue("idNumber", "identity.idNumber.invalid." + e.reason().name());
      return null;
    }
  }

  private static CreditCode creditCode(String input, BindingResult errors) {
    if (input == null || input.isBlank() || errors.hasFieldErrors("creditCode")) {
      return null;
    }
    try {
      return CreditCode.parse(input);
    } catch (InvalidCreditCodeException e) {
      errors.rejectValue("creditCode", "identity.creditCode.invalid." + e.reason().name());
      return null;
    }
  }
}
