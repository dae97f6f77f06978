package org.onevisit.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onevisit.organisation.RegionCode;

/** The demo villages read from the organisation module's {@code regions.csv}, without Spring. */
public final class DemoVillagesFixture {

  private static final List<DemoVillage> VILLAGES = read();

  private DemoVillagesFixture() {}

  public static List<DemoVillage> all() {
    return VILLAGES;
  }

  private static List<DemoVillage> read() {
    Map<String, String> names = new HashMap<>();
    List<String[]> villages = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(DemoVillagesFixture.class.getResourceAsStream("/organisation/regions.csv")),
        StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] row = line.split(",", -1);
        names.put(row[0], row[1]);
        if ("VILLAGE".equals(row[3])) {
          villages.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return villages.stream()
        .map(row -> new DemoVillage(RegionCode.of(row[0]), row[1], RegionCode.of(row[2]), names.get(row[2]),
            names.get(row[0].substring(0, 6))))
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .toList();
  }
}
