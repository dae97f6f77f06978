package org.onevisit.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.onevisit.organisation.ServiceHall;
import org.onevisit.organisation.ServiceHalls;
import org.onevisit.organisation.ServiceWindow;
import org.onevisit.organisation.WindowTheme;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 办事大厅: the public list of service halls, filtered by county, and each hall's windows by theme.
 * Without a filter the list shows the 行政服务中心 of every city and county; with a county it shows every
 * hall in it, down to the village agent points.
 */
@Controller
class HallsController {

  private final Regions regions;
  private final ServiceHalls halls;

  HallsController(Regions regions, ServiceHalls halls) {
    this.regions = regions;
    this.halls = halls;
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI();
  }

  @GetMapping("/halls")
  String list(@RequestParam(name = "region", required = false) @Nullable String region, Model model) {
    Region selected = null;
    List<ServiceHall> shown;
    if (region == null || region.isBlank()) {
      shown = halls.ofKind(HallKind.ADMINISTRATIVE_SERVICE_CENTRE);
    } else {
      RegionCode code = parse(region);
      selected = regions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
      shown = halls.inRegion(code);
    }
    model.addAttribute("halls", shown);
    model.addAttribute("selected", selected);
    model.addAttribute("selectedCounty", selected == null ? "" : selected.code().county().value());
    model.addAttribute("selectedPath", selected == null ? "" : regions.pathName(selected.code()));
    model.addAttribute("countiesByCity", countiesByCity());
    return "organisation/halls";
  }

  @GetMapping("/halls/{id}")
  String show(@PathVariable long id, Model model) {
    ServiceHall hall = halls.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<WindowTheme, List<ServiceWindow>> byTheme = new EnumMap<>(WindowTheme.class);
    for (ServiceWindow window : halls.windows(id)) {
      byTheme.computeIfAbsent(window.theme(), theme -> new ArrayList<>()).add(window);
    }
    model.addAttribute("hall", hall);
    model.addAttribute("regionPath", regions.pathName(hall.region()));
    model.addAttribute("backRegion", hall.region().level() == RegionCode.Level.CITY ? "" : hall.region().county().value());
    model.addAttribute("windowsByTheme", byTheme);
    return "organisation/hall";
  }

  private Map<Region, List<Region>> countiesByCity() {
    Map<Region, List<Region>> grouped = new LinkedHashMap<>();
    Map<RegionCode, Region> cities = new LinkedHashMap<>();
    regions.atLevel(RegionCode.Level.CITY).forEach(city -> cities.put(city.code(), city));
    for (Region county : regions.atLevel(RegionCode.Level.COUNTY)) {
      Region city = county.parent() == null ? null : cities.get(county.parent());
      if (city != null) {
        grouped.computeIfAbsent(city, c -> new ArrayList<>()).add(county);
      }
    }
    return grouped;
  }

  private static RegionCode parse(String value) {
    try {
      return RegionCode.of(value.strip());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a region code", e);
    }
  }
}
