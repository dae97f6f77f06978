package org.onevisit.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /staff/login}: the staff login page; Spring Security processes the POST. Public. */
@Controller
class StaffLoginController {

  @GetMapping("/staff/login")
  String form(@RequestParam(name = "error", required = false) String error, Model model) {
    if (error != null) {
      model.addAttribute("loginError", "locked".equals(error) ? "identity.staff.locked" : "identity.staff.bad");
    }
    return "identity/staff-login";
  }
}
