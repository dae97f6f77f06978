package org.onevisit.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.OpenData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts by county straight from the libraries, cached for {@link #FRESH}. */
@Service
class AggregatedOpenData implements OpenData {

  static final Duration FRESH = Duration.ofMinutes(10);
  private static final List<String> IDS = List.of("population-by-county-and-age", "enterprises-by-county-and-form");

  private final JdbcClient jdbc;
  private final Regions regions;
  private final Clock clock;
  private final Map<String, Dataset> cache = new ConcurrentHashMap<>();

  AggregatedOpenData(JdbcClient jdbc, Regions regions, Clock clock) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.clock = clock;
  }

  @Override
  public List<String> ids() {
    return IDS;
  }

  @Override
  public Optional<Dataset> dataset(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    Dataset cached = cache.get(id);
    if (cached != null && cached.generatedAt().plus(FRESH).isAfter(now)) {
      return Optional.of(cached);
    }
    Dataset fresh = id.equals(IDS.getFirst()) ? population(now) : enterprises(now);
    cache.put(id, fresh);
    return Optional.of(fresh);
  }

  private String countyName(String code) {
    return regions.find(RegionCode.of(code)).map(Region::name).orElse(code);
  }

  private static @Nullable String count(long n) {
    return n < SUPPRESS_BELOW ? null : Long.toString(n);
  }

  private Dataset population(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    List<List<@Nullable String>> rows = new ArrayList<>();
    jdbc.sql("""
            select substr(region_code, 1, 6) as county,
                   least(floor(extract(year from age(?, birth_date)) / 10) * 10, 90)::int as band,
                   count(*) as persons
            from sharing_person where alive group by 1, 2 order by 1, 2""")
        .param(today)
        .query(rs -> {
          int band = rs.getInt("band");
          rows.add(java.util.Arrays.asList(rs.getString("county"), countyName(rs.getString("county")),
              band >= 90 ? "90+" : band + "-" + (band + 9), count(rs.getLong("persons"))));
        });
    return new Dataset(IDS.getFirst(), "各县（市、区）分年龄段户籍人口", "Registered population by county and age band",
        "人口库中在世人员按居住地所在县（市、区）和 10 岁年龄段统计，不足 " + SUPPRESS_BELOW + " 人的格不公布。",
        "Living persons of the population library by county of residence and 10-year age band; cells under "
            + SUPPRESS_BELOW + " are withheld.",
        List.of("county_code", "county_name", "age_band", "persons"), rows, now);
  }

  private Dataset enterprises(Instant now) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    jdbc.sql("""
            select substr(region_code, 1, 6) as county, legal_form, count(*) as enterprises
            from sharing_enterprise where status = 'ACTIVE' group by 1, 2 order by 1, 2""")
        .query(rs -> {
          rows.add(java.util.Arrays.asList(rs.getString("county"), countyName(rs.getString("county")),
              rs.getString("legal_form"), count(rs.getLong("enterprises"))));
        });
    return new Dataset(IDS.get(1), "各县（市、区）分类型存续市场主体", "Active enterprises by county and legal form",
        "法人库中存续的市场主体按登记地所在县（市、区）和企业类型统计，不足 " + SUPPRESS_BELOW + " 户的格不公布。",
        "Active enterprises of the legal-person library by county of registration and legal form; cells under "
            + SUPPRESS_BELOW + " are withheld.",
        List.of("county_code", "county_name", "legal_form", "enterprises"), rows, now);
  }
}
