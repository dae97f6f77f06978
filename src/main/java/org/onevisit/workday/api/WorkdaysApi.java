package org.onevisit.workday.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.onevisit.workday.WorkdayOverride;
import org.onevisit.workday.WorkdayOverrides;
import org.onevisit.workday.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * JSON API of the working-day calendar: public lookups ({@code GET /api/v1/workdays/{date}}, {@code GET
 * /api/v1/workdays/add}) and the system administrators' override table ({@code
 * /api/v1/workdays/overrides}). Dates are ISO {@code yyyy-MM-dd}; malformed input gives 400 problem
 * details with a localised detail.
 */
@RestController
@RequestMapping("/api/v1/workdays")
class WorkdaysApi {

  /** Ten years of working days: more is a mistake, and the count walks day by day. */
  static final int MAX_DAYS = 2500;

  private final WorkingDays workingDays;
  private final WorkdayOverrides overrides;
  private final MessageSource messages;

  WorkdaysApi(WorkingDays workingDays, WorkdayOverrides overrides, MessageSource messages) {
    this.workingDays = workingDays;
    this.overrides = overrides;
    this.messages = messages;
  }

  @GetMapping("/{date}")
  DayStatus day(@PathVariable String date) {
    LocalDate day = parse(date);
    return new DayStatus(day, workingDays.isWorkingDay(day));
  }

  @GetMapping("/add")
  AddedWorkingDays add(@RequestParam String from, @RequestParam int days) {
    LocalDate start = parse(from);
    if (Math.abs(days) > MAX_DAYS) {
      throw badRequest("workday.error.days", MAX_DAYS);
    }
    return new AddedWorkingDays(start, days, workingDays.addWorkingDays(start, days));
  }

  @GetMapping("/overrides")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  List<OverrideView> overrides() {
    return overrides.all().stream().map(OverrideView::of).toList();
  }

  @GetMapping("/overrides/{date}")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  OverrideView override(@PathVariable String date) {
    LocalDate day = parse(date);
    return overrides.all().stream()
        .filter(o -> o.day().equals(day))
        .findFirst()
        .map(OverrideView::of)
        .orElseThrow(() -> notFound(day));
  }

  @PutMapping("/overrides/{date}")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  OverrideView define(@PathVariable String date, @Valid @RequestBody OverrideRequest request) {
    LocalDate day = parse(date);
    return OverrideView.of(overrides.define(day, request.working(), request.name(), actor()));
  }

  @DeleteMapping("/overrides/{date}")
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  ResponseEntity<Void> remove(@PathVariable String date) {
    LocalDate day = parse(date);
    if (!overrides.remove(day, actor())) {
      throw notFound(day);
    }
    return ResponseEntity.noContent().build();
  }

  private LocalDate parse(String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw badRequest("workday.error.date", date);
    }
  }

  private ResponseStatusException badRequest(String code, Object argument) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message(code, argument));
  }

  private ResponseStatusException notFound(LocalDate day) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message("workday.error.no-override", day));
  }

  private String message(String code, Object argument) {
    return messages.getMessage(code, new Object[] {argument}, LocaleContextHolder.getLocale());
  }

  /** Method security admits administrators only; without it (tests, misconfiguration) the actor is unknown. */
  private static String actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "unknown" : authentication.getName();
  }

  /** Whether a day is a working day. */
  record DayStatus(LocalDate date, boolean working) {}

  /** The {@code days}-th working day after {@code from} (see {@link WorkingDays#addWorkingDays}). */
  record AddedWorkingDays(LocalDate from, int days, LocalDate result) {}

  /** Body of {@code PUT /api/v1/workdays/overrides/{date}}. */
  record OverrideRequest(@NotNull Boolean working, @NotBlank @Size(max = 100) String name) {}

  /** An override as the API shows it. */
  record OverrideView(LocalDate date, boolean working, String name, String createdBy, Instant createdAt) {

    static OverrideView of(WorkdayOverride o) {
      return new OverrideView(o.day(), o.working(), o.name(), o.createdBy(), o.createdAt());
    }
  }
}
