package org.onevisit.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.onevisit.casework.Casework;
import org.onevisit.casework.CaseworkException;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 代办授权: a citizen authorises a village agent to apply on his behalf, sees and revokes it. */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class AuthorisationPages {

  private final Casework casework;

  AuthorisationPages(Casework casework) {
    this.casework = casework;
  }

  private static Applicant citizen() {
    return CurrentUser.applicant().filter(a -> !a.actsForEnterprise())
        .orElseThrow(() -> new AccessDeniedException("citizens only"));
  }

  @GetMapping("/me/authorisations")
  String list(Model model) {
    model.addAttribute("authorisations", casework.authorisations(citizen()));
    return "casework/authorisations";
  }

  @PostMapping("/me/authorisations")
  String authorise(@RequestParam(defaultValue = "") String agent, @RequestParam(defaultValue = "") String until,
      RedirectAttributes flash) {
    try {
      casework.authorise(citizen(), agent, LocalDate.parse(until));
      flash.addFlashAttribute("done", "casework.authorise.done");
    } catch (IllegalArgumentException | DateTimeParseException e) {
      flash.addFlashAttribute("authoriseError", true);
      flash.addFlashAttribute("agent", agent.length() > 64 ? "" : agent);
    }
    return "redirect:/me/authorisations";
  }

  @PostMapping("/me/authorisations/{id}/revoke")
  String revoke(@PathVariable String id, RedirectAttributes flash) {
    try {
      casework.revokeAuthorisation(citizen(), Long.parseLong(id));
    } catch (NumberFormatException | CaseworkException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    flash.addFlashAttribute("done", "casework.authorise.revoked");
    return "redirect:/me/authorisations";
  }
}
