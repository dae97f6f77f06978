package org.onevisit.sharing.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.sharing.Ingestion;

/**
 * Reads RFC 4180 CSV (UTF-8, optional BOM, comma-separated, fields optionally in double quotes with {@code ""} for a
 * quote, CRLF or LF): the first line names the fields, every further non-empty line is one row, numbered from 1.
 */
final class CsvRows {

  private CsvRows() {}

  /** Thrown for text that is not CSV (an unterminated quote, a line with more fields than the header). */
  static final class Malformed extends RuntimeException {
    final int line;

    Malformed(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  static List<Ingestion.Row> parse(String text, int maxRows) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> lines = lines(body, maxRows + 2);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = lines.getFirst().stream().map(String::strip).toList();
    List<Ingestion.Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> fields = lines.get(i);
      if (fields.size() == 1 && fields.getFirst().isBlank()) {
        continue;
      }
      if (fields.size() > header.size()) {
        throw new Malformed(i + 1, "Line " + (i + 1) + " has more fields than the header");
      }
      Map<String, @Nullable String> row = new LinkedHashMap<>();
      for (int f = 0; f < header.size(); f++) {
        row.put(header.get(f), f < fields.size() ? fields.get(f) : null);
      }
      rows.add(new Ingestion.Row(rows.size() + 1, row));
    }
    return rows;
  }

  /** The lines as field lists; stops after {@code limit} lines (the caller reports an oversize batch). */
  private static List<List<String>> lines(String text, int limit) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          if (!field.isEmpty() || wasQuoted) {
            throw new Malformed(line, "Line " + line + ": a quote inside an unquoted field");
          }
          quoted = true;
          wasQuoted = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        }
        case '\r' -> { }
        case '\n' -> {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
          lines.add(fields);
          fields = new ArrayList<>();
          line++;
          if (lines.size() >= limit) {
            return lines;
          }
        }
        default -> field.append(c);
      }
    }
    if (quoted) {
      throw new Malformed(line, "Line " + line + ": an unterminated quote");
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      lines.add(fields);
    }
    return lines;
  }
}
