package org.onevisit.sharing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.ElementDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The catalog changes only by migration, so it is read once and kept in memory. */
@Service
class JdbcDataElements implements DataElements {

  private final JdbcClient jdbc;
  private volatile @Nullable Map<DataElement, ElementDefinition> cache;

  JdbcDataElements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ElementDefinition> all() {
    return List.copyOf(definitions().values());
  }

  @Override
  public Optional<ElementDefinition> find(DataElement element) {
    return Optional.ofNullable(definitions().get(element));
  }

  private Map<DataElement, ElementDefinition> definitions() {
    Map<DataElement, ElementDefinition> map = cache;
    if (map == null) {
      map = jdbc.sql("""
              select code, value_type, sensitivity, source_kind, name, name_en, description, description_en
              from sharing_data_element order by code""")
          .query((rs, i) -> new ElementDefinition(DataElement.of(rs.getString("code")),
              ElementDefinition.Type.valueOf(rs.getString("value_type")),
              ElementDefinition.Sensitivity.valueOf(rs.getString("sensitivity")),
              DepartmentKind.valueOf(rs.getString("source_kind")), rs.getString("name"), rs.getString("name_en"),
              rs.getString("description"), rs.getString("description_en")))
          .list().stream()
          .collect(Collectors.toMap(ElementDefinition::element, Function.identity(), (a, b) -> a,
              java.util.LinkedHashMap::new));
      cache = map;
    }
    return map;
  }
}
