package org.onevisit.portal.web;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.LifeEventTheme;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public home page and search (anyone), and the citizen's "my space" ({@code /me}, citizens and enterprises). */
@Controller
class PortalController {

  static final int MAX_QUERY = 100;
  static final int MAX_HITS = 50;

  private final Catalog catalog;

  PortalController(Catalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("personThemes", themes(false));
    model.addAttribute("enterpriseThemes", themes(true));
    return "portal/home";
  }

  private static java.util.List<LifeEventTheme> themes(boolean enterprises) {
    return java.util.Arrays.stream(LifeEventTheme.values()).filter(t -> t.forEnterprises() == enterprises).toList();
  }

  @GetMapping("/search")
  String search(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
    String query = q.strip();
    model.addAttribute("query", query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query);
    model.addAttribute("tooLong", query.length() > MAX_QUERY);
    model.addAttribute("hits", catalog.search(query, MAX_HITS));
    return "portal/search";
  }

  @GetMapping("/themes/{theme}")
  String theme(@org.springframework.web.bind.annotation.PathVariable String theme, Model model) {
    LifeEventTheme found = java.util.Arrays.stream(LifeEventTheme.values())
        .filter(t -> t.name().equalsIgnoreCase(theme))
        .findFirst()
        .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("theme", found);
    var bundles = catalog.bundles().stream().filter(b -> b.theme() == found).toList();
    var inBundles = new java.util.HashSet<ItemCode>();
    bundles.forEach(b -> b.entries().forEach(e -> inBundles.add(e.item())));
    model.addAttribute("bundles", bundles);
    model.addAttribute("items", catalog.items().stream()
        .filter(i -> i.themes().contains(found) || inBundles.contains(i.code())).toList());
    return "portal/theme";
  }

  @GetMapping("/me")
  @PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE')")
  String mySpace(Model model) {
    Applicant applicant = CurrentUser.applicant().orElseThrow();
    model.addAttribute("applicant", applicant);
    return "portal/me";
  }
}
