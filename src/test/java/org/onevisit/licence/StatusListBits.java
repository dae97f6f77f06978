package org.onevisit.licence;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/** An independent reader of a Bitstring Status List's {@code encodedList}, for tests. */
final class StatusListBits {

  private StatusListBits() {}

  static boolean isSet(String encodedList, int index) throws Exception {
    if (!encodedList.startsWith("u")) {
      throw new IllegalArgumentException("Not multibase base64url");
    }
    byte[] gz = Base64.getUrlDecoder().decode(encodedList.substring(1));
    byte[] bits = new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes();
    return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
  }
}
