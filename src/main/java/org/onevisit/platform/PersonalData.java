package org.onevisit.platform;

/** Placeholder until the masking helper lands; same API. */
public final class PersonalData {

  private PersonalData() {}

  public static String maskIdNumber(String id) {
    return id == null || id.length() < 10 ? "****" : id.substring(0, 6) + "********" + id.substring(id.length() - 4);
  }

  public static String maskPhone(String m) {
    return m == null || m.length() < 7 ? "****" : m.substring(0, 3) + "****" + m.substring(m.length() - 4);
  }

  public static String maskName(String n) {
    if (n == null || n.isEmpty()) {
      return "";
    }
    if (n.length() == 1) {
      return "*";
    }
    if (n.length() == 2) {
      return n.charAt(0) + "*";
    }
    return n.charAt(0) + "*".repeat(n.length() - 2) + n.charAt(n.length() - 1);
  }

  public static String maskText(String text) {
    return text;
  }
}
