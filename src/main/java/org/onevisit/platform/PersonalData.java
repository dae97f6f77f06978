package org.onevisit.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masking of personal data (个人信息) for logs and pages: ID numbers, mobile numbers and names. Every
 * method accepts {@code null} and inputs of any length and never returns {@code null} (a {@code null}
 * input gives the empty string); a value too short to keep anything is masked completely.
 */
public final class PersonalData {

  private static final String MASK = "*";

  /** An 18-char resident ID (17 digits + digit/X) or an 11-digit mainland mobile, optionally +86. */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?<![0-9])(?<id>[0-9]{17}[0-9Xx])(?![0-9Xx])"
          + "|(?<![0-9+])(?<prefix>\\+?86[- ]?)?(?<mobile>1[3-9][0-9]{9})(?![0-9])");

  private PersonalData() {}

  /**
   * {@code 330102199001011234} → {@code 330102********1234}: the area code and the last four chars stay.
   * Shorter inputs keep less: at least half of the characters are always masked.
   */
  public static String maskIdNumber(@Nullable String id) {
    if (id == null) {
      return "";
    }
    if (id.length() >= 14) {
      return keep(id, 6, 4);
    }
    return keep(id, 0, id.length() >= 6 ? 2 : 0);
  }

  /** {@code 13812345678} → {@code 138****5678}; shorter numbers keep at most their last two digits. */
  public static String maskPhone(@Nullable String phone) {
    if (phone == null) {
      return "";
    }
    if (phone.length() >= 11) {
      return keep(phone, 3, 4);
    }
    return keep(phone, 0, phone.length() >= 6 ? 2 : 0);
  }

  /**
   * Chinese names keep the first and last character ({@code 张三明} → {@code 张*明}, {@code 欧阳娜娜} →
   * {@code 欧**娜}); two-character names keep the first ({@code 张三} → {@code 张*}); the separator
   * {@code ·} of transliterated names stays. Names in Latin letters keep the initial of each word
   * ({@code John Smith} → {@code J*** S****}).
   */
  public static String maskName(@Nullable String name) {
    if (name == null) {
      return "";
    }
    String trimmed = name.strip();
    if (trimmed.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
      return maskHanName(trimmed);
    }
    var out = new StringBuilder(trimmed.length());
    boolean wordStart = true;
    for (int i = 0; i < trimmed.length(); ) {
      int cp = trimmed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.append(wordStart ? Character.toString(cp) : MASK);
        wordStart = false;
      } else {
        out.appendCodePoint(cp);
        wordStart = true;
      }
    }
    return out.toString();
  }

  /**
   * Masks every 18-char ID number (17 digits + digit or X) and every 11-digit mainland mobile number
   * ({@code 1[3-9]} + 9 digits, optionally prefixed by {@code +86}) found in free text, e.g. a log
   * message. Any 18-digit run is treated as an ID number: masking an order number by mistake is cheaper
   * than leaking an ID. Numbers written with spaces or dashes inside are not recognised.
   */
  public static String maskText(@Nullable String text) {
    if (text == null) {
      return "";
    }
    Matcher m = IN_TEXT.matcher(text);
    var out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement;
      if (m.group("id") != null) {
        replacement = maskIdNumber(m.group("id"));
      } else {
        String prefix = m.group("prefix");
        replacement = (prefix == null ? "" : prefix) + maskPhone(m.group("mobile"));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String maskHanName(String name) {
    int[] cps = name.codePoints().toArray();
    if (cps.length == 1) {
      return MASK;
    }
    var out = new StringBuilder().appendCodePoint(cps[0]);
    for (int i = 1; i < cps.length; i++) {
      boolean last = i == cps.length - 1;
      if (cps[i] == '·' || cps[i] == '•' || (last && cps.length > 2)) {
        out.appendCodePoint(cps[i]);
      } else {
        out.append(MASK);
      }
    }
    return out.toString();
  }

  private static String keep(String value, int head, int tail) {
    int length = value.length();
    if (head + tail >= length) {
      return MASK.repeat(length);
    }
    return value.substring(0, head) + MASK.repeat(length - head - tail) + value.substring(length - tail);
  }
}
