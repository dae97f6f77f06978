package org.onevisit.organisation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public read-only API of the administrative divisions. A malformed code is 400, an unknown one 404. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "行政区划: administrative divisions on five levels (GB/T 2260)")
class RegionsApiController {

  private final Regions regions;

  RegionsApiController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping("/{code}")
  @Operation(summary = "A region with its full name and its ancestors")
  RegionDetailsDto region(@PathVariable String code) {
    Region region = known(parse(code));
    return new RegionDetailsDto(RegionDto.of(region), regions.pathName(region.code()),
        regions.ancestors(region.code()).stream().map(RegionDto::of).toList());
  }

  @GetMapping("/{code}/children")
  @Operation(summary = "The regions directly below a region")
  List<RegionDto> children(@PathVariable String code) {
    Region region = known(parse(code));
    return regions.children(region.code()).stream().map(RegionDto::of).toList();
  }

  private Region known(RegionCode code) {
    return regions.find(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No region with code " + code));
  }

  private static RegionCode parse(String code) {
    try {
      return RegionCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Not a region code: expected 6, 9 or 12 digits (GB/T 2260)", e);
    }
  }
}
