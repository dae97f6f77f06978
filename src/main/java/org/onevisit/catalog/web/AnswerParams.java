package org.onevisit.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onevisit.catalog.Answers;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Situation answers carried in the URL as {@code a.<question>=<option>}: the questionnaire is stateless,
 * works without a session or script, and a guide's address can be bookmarked, printed or shared.
 */
final class AnswerParams {

  static final String PREFIX = "a.";
  private static final int MAX_ANSWERS = 50;
  private static final int MAX_LENGTH = 64;

  private AnswerParams() {}

  /** The answers among the request parameters; overlong or surplus ones are ignored. */
  static Answers from(MultiValueMap<String, String> params) {
    var chosen = new LinkedHashMap<String, String>();
    params.forEach((name, values) -> {
      if (name.startsWith(PREFIX) && name.length() <= PREFIX.length() + MAX_LENGTH && chosen.size() < MAX_ANSWERS
          && !values.isEmpty() && values.getFirst() != null && !values.getFirst().isBlank()
          && values.getFirst().length() <= MAX_LENGTH) {
        chosen.put(name.substring(PREFIX.length()), values.getFirst());
      }
    });
    return new Answers(Map.copyOf(chosen));
  }

  /** The path with the answers as query parameters, in question order of the map. */
  static String url(String path, Map<String, String> answers) {
    var builder = UriComponentsBuilder.fromPath(path);
    answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> builder.queryParam(PREFIX + e.getKey(), e.getValue()));
    return builder.encode().build().toUriString();
  }
}
