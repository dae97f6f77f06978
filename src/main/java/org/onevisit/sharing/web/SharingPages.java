package org.onevisit.sharing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.CurrentUser;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.AccessLog;
import org.onevisit.sharing.Alarms;
import org.onevisit.sharing.ApiClients;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.onevisit.sharing.Grant;
import org.onevisit.sharing.Grants;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.SharingRatio;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sharing desk ({@code /staff/sharing}) for data administrators and departments' approvers: the sharing
 * catalog, grant requests and decisions, and for data administrators the API clients and the verification of
 * the access log. Every action is a plain POST-redirect-GET; a refused one comes back with its error code's
 * message at the top.
 */
@Controller
@RequestMapping("/staff/sharing")
@PreAuthorize("hasAnyRole('DATA_ADMIN', 'APPROVER')")
class SharingPages {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);

  private final DataElements elements;
  private final Grants grants;
  private final ApiClients clients;
  private final AccessLog accessLog;
  private final Departments departments;
  private final SharingRatio.Measure ratio;
  private final Alarms alarms;
  private final SharingDeskQuality quality;
  private final org.onevisit.sharing.Ingestion ingestion;

  SharingPages(DataElements elements, Grants grants, ApiClients clients, AccessLog accessLog, Departments departments,
      SharingRatio.Measure ratio, Alarms alarms, SharingDeskQuality quality, org.onevisit.sharing.Ingestion ingestion) {
    this.quality = quality;
    this.ingestion = ingestion;
    this.ratio = ratio;
    this.alarms = alarms;
    this.elements = elements;
    this.grants = grants;
    this.clients = clients;
    this.accessLog = accessLog;
    this.departments = departments;
  }

  private static StaffMember staff() {
    return CurrentUser.staff().orElseThrow(() -> new AccessDeniedException("staff only"));
  }

  /** A grant as a row of the page. */
  record GrantRow(long id, String consumer, String purposeType, List<String> elements, String justification,
      String expiresOn, String status, String requestedBy, @Nullable String decidedBy, @Nullable String note) {}

  /**
   * An element as a row of the page.
   *
   * @param responsible the department of the source kind that serves the viewer's region
   * @param held whether a base library here holds it
   */
  record ElementRow(String code, String name, String type, String sensitivity, String source, String description,
      String responsible, boolean held) {}

  /**
   * An element the viewer's department may read today, under one approved grant.
   *
   * @param source the responsible (source) department in the viewer's region
   */
  record ReadableRow(String code, String name, String source, String purposeType, long grant, String expiresOn) {}

  /** An ingestion batch as a row of the page. */
  record BatchRow(long id, String at, String department, String actor, String type, String format, int received,
      int inserted, int updated, int unchanged, int rejected, boolean applied) {}

  @GetMapping
  String desk(Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    StaffMember staff = staff();
    model.addAttribute("staff", staff);
    model.addAttribute("dataAdmin", staff.has(Role.DATA_ADMIN));
    var held = ratio.heldElements();
    model.addAttribute("elements", elements.all().stream().map(d -> new ElementRow(d.element().code(), d.name(locale),
        d.type().name(), d.sensitivity().name(), d.source().name(), d.description(locale),
        departments.byKind(d.source(), staff.region()).map(Department::name).orElse(""),
        held.contains(d.element()))).toList());
    quality.addTo(model, staff);
    model.addAttribute("batches", ingestion.latest(200).stream()
        .filter(b -> departments.findByCode(b.departmentCode()).map(d -> staff.region().covers(d.region())).orElse(false))
        .limit(30)
        .map(b -> new BatchRow(b.id(), TIME.format(b.at()), departmentName(b.departmentCode()), b.actor(),
            b.type().path(), b.format(), b.received(), b.inserted(), b.updated(), b.unchanged(), b.rejected(),
            b.applied()))
        .toList());
    model.addAttribute("grants", grants.latest(200).stream()
        .filter(g -> staff.region().covers(g.consumerRegion()))
        .map(g -> new GrantRow(g.id(), departmentName(g.consumerDepartment()), g.purposeType(),
            g.elements().stream().map(e -> elementName(e, locale)).sorted().toList(), g.justification(),
            g.expiresOn().toString(), g.status().name(), g.requestedBy(), g.decidedBy(), g.decisionNote()))
        .toList());
    // the viewer's department as a consumer: what it may read today, and its own requests and grants
    LocalDate today = LocalDate.now(ChinaTime.ZONE);
    var ours = grants.latest(1_000).stream().filter(g -> g.consumerDepartment().equals(staff.departmentCode())).toList();
    var definitions = elements.all().stream()
        .collect(java.util.stream.Collectors.toMap(d -> d.element(), d -> d, (a, b) -> a));
    model.addAttribute("department", departmentName(staff.departmentCode()));
    model.addAttribute("readable", ours.stream().filter(g -> g.effectiveOn(today))
        .flatMap(g -> g.elements().stream().map(e -> {
          var definition = definitions.get(e);
          return new ReadableRow(e.code(), elementName(e, locale), definition == null ? ""
              : departments.byKind(definition.source(), staff.region()).map(Department::name).orElse(""),
              g.purposeType(), g.id(), g.expiresOn().toString());
        }))
        .sorted(java.util.Comparator.comparing(ReadableRow::code).thenComparing(ReadableRow::purposeType))
        .toList());
    model.addAttribute("ourGrants", ours.stream()
        .map(g -> new GrantRow(g.id(), departmentName(g.consumerDepartment()), g.purposeType(),
            g.elements().stream().map(e -> elementName(e, locale)).sorted().toList(), g.justification(),
            g.expiresOn().toString(), g.status().name(), g.requestedBy(), g.decidedBy(), g.decisionNote()))
        .toList());
    model.addAttribute("defaultExpiry", LocalDate.now(ChinaTime.ZONE).plusYears(1).toString());
    if (staff.has(Role.DATA_ADMIN)) {
      model.addAttribute("clients", clients.all().stream()
          .filter(c -> departments.findByCode(c.departmentCode()).map(d -> staff.region().covers(d.region())).orElse(false))
          .toList());
      model.addAttribute("departments", departments.atRegion(staff.region()));
      model.addAttribute("ratio", ratio.current());
      model.addAttribute("alarms", alarms.open(staff.region()).stream()
          .map(a -> new AlarmRow(a.id(), TIME.format(a.raisedAt()), a.rule().name(), departmentName(a.consumerDepartment()),
              a.actor(), a.observed(), a.threshold(), a.suspended()))
          .toList());
    }
    return "sharing/desk";
  }

  @PostMapping("/grants")
  String request(@RequestParam(defaultValue = "") String purposeType,
      @RequestParam(name = "element", required = false) @Nullable List<String> codes,
      @RequestParam(defaultValue = "") String justification, @RequestParam(defaultValue = "") String expiresOn,
      RedirectAttributes redirect) {
    try {
      Set<DataElement> asked = new LinkedHashSet<>();
      for (String code : codes == null ? List.<String>of() : codes) {
        asked.add(DataElement.of(code));
      }
      LocalDate expiry;
      try {
        expiry = LocalDate.parse(expiresOn.strip());
      } catch (DateTimeParseException e) {
        throw new SharingException(SharingError.INVALID_REQUEST, "Not a date");
      }
      Grant grant = grants.request(new Grants.Request(purposeType.strip(), asked, justification, expiry), staff());
      redirect.addFlashAttribute("done", "requested");
      redirect.addFlashAttribute("doneId", grant.id());
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", e.error().name());
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", SharingError.UNKNOWN_ELEMENT.name());
    }
    return "redirect:/staff/sharing";
  }

  @PostMapping("/grants/{id}/{decision:approve|reject|revoke}")
  String decide(@PathVariable long id, @PathVariable String decision,
      @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
    try {
      switch (decision) {
        case "approve" -> grants.approve(id, staff());
        case "reject" -> grants.reject(id, staff(), reason);
        default -> grants.revoke(id, staff(), reason);
      }
      redirect.addFlashAttribute("done", decision);
      redirect.addFlashAttribute("doneId", id);
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", e.error().name());
    }
    return "redirect:/staff/sharing";
  }

  @PostMapping("/clients")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String register(@RequestParam(defaultValue = "") String departmentCode, @RequestParam(defaultValue = "") String name,
      RedirectAttributes redirect) {
    try {
      var credentials = clients.register(departmentCode, name, staff());
      redirect.addFlashAttribute("credentials", credentials);
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", e.error().name());
    }
    return "redirect:/staff/sharing#clients";
  }

  @PostMapping("/clients/{clientId}/disable")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String disable(@PathVariable String clientId, RedirectAttributes redirect) {
    try {
      clients.disable(clientId, staff());
      redirect.addFlashAttribute("done", "disabled");
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", e.error().name());
    }
    return "redirect:/staff/sharing#clients";
  }

  /** An open alarm as a row of the page. */
  record AlarmRow(long id, String raisedAt, String rule, String department, String actor, long observed,
      long threshold, boolean suspended) {}

  @PostMapping("/alarms/{id}/acknowledge")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
    try {
      alarms.acknowledge(id, staff());
    } catch (SharingException e) {
      redirect.addFlashAttribute("error", e.error().name());
    }
    return "redirect:/staff/sharing#alarms";
  }

  @PostMapping("/access-log/verify")
  @PreAuthorize("hasRole('DATA_ADMIN')")
  String verify(RedirectAttributes redirect) {
    Instant started = Instant.now();
    var verification = accessLog.verify();
    redirect.addFlashAttribute("verification", verification);
    redirect.addFlashAttribute("verifiedAt", TIME.format(started));
    return "redirect:/staff/sharing#access-log";
  }

  private String departmentName(String code) {
    return departments.findByCode(code).map(Department::name).orElse(code);
  }

  private String elementName(DataElement element, Locale locale) {
    return elements.find(element).map(d -> d.name(locale)).orElse(element.code());
  }

  static String elementName(DataElements elements, DataElement element, Locale locale) {
    return elements.find(element).map((ElementDefinition d) -> d.name(locale)).orElse(element.code());
  }
}
