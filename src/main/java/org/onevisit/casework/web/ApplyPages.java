package org.onevisit.casework.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.Casework;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.casework.CaseworkException;
import org.onevisit.casework.Uploads;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.InvalidAnswers;
import org.onevisit.catalog.ItemCode;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.CurrentUser;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 在线申请 (citizens and enterprises): from a guide to a draft that keeps the situation answers, the form
 * with only the fields the applicant types and an upload per material he brings, a check-answers page and
 * one submission, which ends on the case's progress page. Answers travel as {@code a.<question>} like on
 * the guide; typed values as {@code f.<field>}. The same pages under {@code /staff} serve a window clerk or a
 * village agent applying on a citizen's behalf (代办): he names the citizen by ID number and name, and reaches
 * only the drafts he opened ({@link Casework#onBehalf}).
 */
@Controller
@PreAuthorize("hasAnyRole('CITIZEN', 'ENTERPRISE', 'WINDOW_CLERK', 'VILLAGE_AGENT')")
class ApplyPages {

  static final int MAX_VALUE = 500;

  private final Casework casework;
  private final Uploads uploads;
  private final Catalog catalog;
  private final Regions regions;

  ApplyPages(Casework casework, Uploads uploads, Catalog catalog, Regions regions) {
    this.casework = casework;
    this.uploads = uploads;
    this.catalog = catalog;
    this.regions = regions;
  }

  private static Applicant applicant() {
    return CurrentUser.applicant().orElseThrow(() -> new AccessDeniedException("applicants only"));
  }

  /** Who the draft is for: the logged-in applicant under /me, the citizen a staff member acts for under /staff. */
  private Applicant applicant(String who, UUID id) {
    if (who.equals("me")) {
      return applicant();
    }
    var staff = CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
    return mine(() -> casework.onBehalf(id, staff));
  }

  private static String base(String who) {
    return "/" + who + "/applications/";
  }

  private static Answers answers(MultiValueMap<String, String> params) {
    var chosen = new LinkedHashMap<String, String>();
    params.forEach((k, v) -> {
      if (k.startsWith("a.") && k.length() < 70 && !v.isEmpty() && v.getFirst() != null && v.getFirst().length() < 70
          && chosen.size() < 50) {
        chosen.put(k.substring(2), v.getFirst());
      }
    });
    return new Answers(chosen);
  }

  private String title(String kind, String code) {
    try {
      return switch (kind) {
        case "items" -> catalog.item(ItemCode.of(code)).map(i -> i.name()).orElseThrow();
        case "bundles" -> catalog.bundle(BundleCode.of(code)).map(b -> b.name()).orElseThrow();
        default -> throw new IllegalArgumentException(kind);
      };
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private List<Region> counties() {
    return regions.atLevel(RegionCode.Level.COUNTY).stream().filter(r -> r.code().value().startsWith("33")).toList();
  }

  @GetMapping("/{who:me|staff}/apply/{kind:items|bundles}/{code}")
  String start(@PathVariable String who, @PathVariable String kind, @PathVariable String code,
      @RequestParam MultiValueMap<String, String> params, Model model) {
    model.addAttribute("who", who);
    model.addAttribute("kind", kind);
    model.addAttribute("code", code);
    model.addAttribute("title", title(kind, code));
    model.addAttribute("answers", answers(params).chosen());
    model.addAttribute("counties", counties());
    return "casework/apply-start";
  }

  @PostMapping("/{who:me|staff}/applications")
  String create(@PathVariable String who, @RequestParam String kind, @RequestParam String code,
      @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String name, @RequestParam MultiValueMap<String, String> params, Model model) {
    String title = title(kind, code);
    var subject = kind.equals("items") ? Subject.item(code) : Subject.bundle(code);
    RegionCode where;
    try {
      where = RegionCode.of(region);
    } catch (IllegalArgumentException e) {
      where = null;
    }
    org.onevisit.identity.IdNumber citizen = null;
    if (who.equals("staff")) {
      try {
        citizen = org.onevisit.identity.IdNumber.parse(idNumber);
      } catch (IllegalArgumentException e) {
        model.addAttribute("idError", true);
      }
      if (name.isBlank() || name.strip().length() > 50) {
        model.addAttribute("nameError", true);
      }
    }
    boolean badRegion = where == null || counties().stream().noneMatch(c -> c.code().equals(RegionCode.of(region)));
    if (badRegion || model.containsAttribute("idError") || model.containsAttribute("nameError")) {
      model.addAttribute("who", who);
      model.addAttribute("idNumber", idNumber);
      model.addAttribute("name", name);
      model.addAttribute("kind", kind);
      model.addAttribute("code", code);
      model.addAttribute("title", title);
      model.addAttribute("answers", answers(params).chosen());
      model.addAttribute("counties", counties());
      model.addAttribute("regionError", badRegion ? true : null);
      return "casework/apply-start";
    }
    try {
      UUID id;
      if (who.equals("me")) {
        id = casework.startDraft(applicant(), subject, answers(params), where, "self");
      } else {
        var staff = CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
        var forCitizen = citizen;
        var inRegion = where;
        id = onBehalf(() -> casework.startDraftOnBehalf(staff, forCitizen, name, subject, answers(params), inRegion));
      }
      return "redirect:" + base(who) + id;
    } catch (InvalidAnswers e) {
      return "redirect:/" + kind + "/" + code + "/questions";
    }
  }

  private static UUID id(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  /** A staff member acting beyond his role or region, or an agent without the citizen's authorisation: 403. */
  private static <T> T onBehalf(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (CaseworkException e) {
      if (e.reason() == CaseworkException.Reason.FORBIDDEN) {
        throw new AccessDeniedException(e.getMessage());
      }
      throw e;
    }
  }

  private <T> T mine(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (CaseworkException e) {
      if (e.reason() == CaseworkException.Reason.NOT_FOUND) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
      throw e;
    }
  }

  @GetMapping("/{who:me|staff}/applications/{id}")
  String form(@PathVariable String who, @PathVariable String id, Model model) {
    var uuid = id(id);
    var applicant = applicant(who, uuid);
    var application = mine(() -> casework.application(uuid, applicant));
    if (application.caseNumber() != null) {
      if (who.equals("staff")) {
        model.addAttribute("number", application.caseNumber());
        return "casework/apply-done";
      }
      return "redirect:/me/cases/" + application.caseNumber();
    }
    var form = casework.form(uuid, applicant);
    model.addAttribute("base", base(who));
    model.addAttribute("draft", application);
    model.addAttribute("form", form);
    model.addAttribute("guide", form.guide());
    return "casework/apply-form";
  }

  @PostMapping("/{who:me|staff}/applications/{id}")
  String save(@PathVariable String who, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
      @RequestParam(defaultValue = "save") String action, RedirectAttributes flash) {
    var uuid = id(id);
    var applicant = applicant(who, uuid);
    var values = new LinkedHashMap<String, String>();
    params.forEach((k, v) -> {
      if (k.startsWith("f.") && !v.isEmpty() && v.getFirst() != null) {
        String value = v.getFirst().strip();
        values.put(k.substring(2), value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
      }
    });
    var current = mine(() -> casework.application(uuid, applicant));
    mine(() -> {
      casework.fill(uuid, applicant, values, current.provided());
      return null;
    });
    if (action.equals("check")) {
      return "redirect:" + base(who) + id + "/check";
    }
    flash.addFlashAttribute("saved", true);
    return "redirect:" + base(who) + id;
  }

  @PostMapping("/{who:me|staff}/applications/{id}/uploads")
  String upload(@PathVariable String who, @PathVariable String id, @RequestParam(defaultValue = "") String material,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
    var uuid = id(id);
    var applicant = applicant(who, uuid);
    try {
      if (file == null || file.isEmpty()) {
        throw new Uploads.Refused(Uploads.Refused.Reason.EMPTY, "no file");
      }
      if (file.getSize() > Uploads.MAX_BYTES) {
        throw new Uploads.Refused(Uploads.Refused.Reason.TOO_LARGE, "too large");
      }
      mine(() -> uploads.upload(uuid, applicant, material, String.valueOf(file.getOriginalFilename()),
          bytes(file)));
      flash.addFlashAttribute("uploaded", true);
    } catch (Uploads.Refused e) {
      flash.addFlashAttribute("uploadError", "casework.upload." + e.reason().name());
    }
    return "redirect:" + base(who) + id;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new Uploads.Refused(Uploads.Refused.Reason.EMPTY, "unreadable");
    }
  }

  @GetMapping("/{who:me|staff}/applications/{id}/check")
  String check(@PathVariable String who, @PathVariable String id, Model model) {
    var uuid = id(id);
    var applicant = applicant(who, uuid);
    var application = mine(() -> casework.application(uuid, applicant));
    if (application.caseNumber() != null) {
      return "redirect:" + base(who) + id;
    }
    var form = casework.form(uuid, applicant);
    model.addAttribute("base", base(who));
    model.addAttribute("draft", application);
    model.addAttribute("form", form);
    model.addAttribute("guide", form.guide());
    model.addAttribute("deliveryOptions", casework.deliveryOptions(uuid, applicant));
    return "casework/apply-check";
  }

  @PostMapping("/{who:me|staff}/applications/{id}/submit")
  String submit(@PathVariable String who, @PathVariable String id, @RequestParam(defaultValue = "") String delivery,
      @RequestParam(defaultValue = "") String address, RedirectAttributes flash) {
    var uuid = id(id);
    var applicant = applicant(who, uuid);
    if (!delivery.isEmpty()) {
      try {
        var method = org.onevisit.catalog.DeliveryMethod.valueOf(delivery);
        mine(() -> {
          casework.chooseDelivery(uuid, applicant, method, address);
          return null;
        });
      } catch (IllegalArgumentException e) {
        flash.addFlashAttribute("deliveryError", true);
        return "redirect:" + base(who) + id + "/check";
      } catch (CaseworkException e) {
        if (e.reason() != CaseworkException.Reason.NOT_A_DRAFT) {
          throw e;
        }
      }
    }
    try {
      CaseNumber number = mine(() -> casework.submit(uuid, applicant));
      flash.addFlashAttribute("submitted", true);
      return who.equals("me") ? "redirect:/me/cases/" + number : "redirect:" + base(who) + id;
    } catch (CaseworkException e) {
      if (e.reason() != CaseworkException.Reason.INCOMPLETE) {
        throw e;
      }
      flash.addFlashAttribute("missing", List.copyOf(e.missing()));
      return "redirect:" + base(who) + id;
    }
  }

}
