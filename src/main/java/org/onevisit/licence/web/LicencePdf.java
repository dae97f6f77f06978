package org.onevisit.licence.web;

import com.google.zxing.common.BitMatrix;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceField;
import org.onevisit.platform.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The printable licence (PDFBox): title, number, fields, validity, issuing department, a QR code to the
 * public verification page and a visible signature block naming the issuer's DID, each proof's
 * cryptosuite, key and signature value. The signed credential is attached to the PDF as {@code
 * credential.json}. Chinese text is drawn as glyph outlines of a CJK system font (the Noto CJK fonts
 * Debian ships are CFF-based, which PDFBox cannot subset), so the PDF renders the same everywhere.
 */
final class LicencePdf {

  private static final Logger log = LoggerFactory.getLogger(LicencePdf.class);
  private static final List<String> FONT_CANDIDATES = List.of(
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/System/Library/Fonts/PingFang.ttc",
      "C:/Windows/Fonts/msyh.ttc");
  private static volatile Font base;

  private LicencePdf() {}

  static Font font() {
    Font font = base;
    if (font == null) {
      font = findFont();
      base = font;
    }
    return font;
  }

  private static Font findFont() {
    String configured = System.getProperty("onevisit.licence.pdf-font", System.getenv("ONEVISIT_PDF_FONT"));
    List<String> paths = configured == null ? FONT_CANDIDATES
        : java.util.stream.Stream.concat(java.util.stream.Stream.of(configured), FONT_CANDIDATES.stream()).toList();
    for (String path : paths) {
      File file = new File(path);
      if (!file.isFile()) {
        continue;
      }
      try {
        for (Font candidate : Font.createFonts(file)) {
          if (candidate.canDisplayUpTo("证照有效") == -1 && (candidate.getFontName(Locale.ROOT).contains("SC")
              || !path.contains("CJK"))) {
            log.info("Licence PDFs use the font {} from {}", candidate.getFontName(Locale.ROOT), path);
            return candidate;
          }
        }
      } catch (IOException | FontFormatException e) {
        log.debug("Font {} unusable", path, e);
      }
    }
    log.warn("No CJK font found for licence PDFs; set ONEVISIT_PDF_FONT. Falling back to the logical SansSerif font");
    return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  }

  static byte[] render(Licence licence, String verificationUrl, String issuerDid, MessageSource messages) {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    var definition = LicenceDefinitions.find(licence.type()).orElseThrow();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(messages.getMessage(definition.messageKey(), null, zh) + " " + licence.number());
      info.setAuthor(licence.departmentName());
      info.setCreator("OneVisit");
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      try (var cs = new PDPageContentStream(document, page)) {
        cs.setNonStrokingColor(new Color(0x8B, 0x1A, 0x1A));
        cs.setStrokingColor(new Color(0x8B, 0x1A, 0x1A));
        cs.setLineWidth(2f);
        cs.addRect(36, 36, width - 72, height - 72);
        cs.stroke();
        String title = messages.getMessage(definition.messageKey(), null, zh);
        float titleWidth = width(title, 28);
        text(cs, title, 28, (width - titleWidth) / 2, height - 100);
        cs.setNonStrokingColor(Color.DARK_GRAY);
        String english = messages.getMessage(definition.messageKey(), null, Locale.ENGLISH);
        text(cs, english, 12, (width - width(english, 12)) / 2, height - 122);
        text(cs, "证照编号 No. " + licence.number().grouped(), 11, 60, height - 160);

        float y = height - 200;
        cs.setNonStrokingColor(Color.BLACK);
        for (Map.Entry<String, String> field : licence.fields().entrySet()) {
          LicenceField definitionField = definition.field(field.getKey()).orElseThrow();
          text(cs, messages.getMessage(definitionField.messageKey(), null, zh), 12, 60, y);
          y = wrapped(cs, field.getValue(), 12, 190, y, width - 250);
          y -= 24;
        }
        y -= 6;
        text(cs, "持证人", 12, 60, y);
        text(cs, licence.holder().name() + "  " + licence.holder().identifier(), 12, 190, y);
        y -= 24;
        text(cs, "有效期", 12, 60, y);
        text(cs, licence.validFrom() + " 至 " + (licence.validUntil() == null ? "长期" : licence.validUntil().toString()),
            12, 190, y);
        y -= 24;
        text(cs, "发证机关", 12, 60, y);
        text(cs, licence.departmentName(), 12, 190, y);
        y -= 24;
        text(cs, "发证日期", 12, 60, y);
        text(cs, DateTimeFormatter.ISO_LOCAL_DATE.format(licence.issuedAt().atZone(ChinaTime.ZONE)), 12, 190, y);

        drawQr(cs, QrCodes.matrix(verificationUrl), width - 200, 250, 140);
        cs.setNonStrokingColor(Color.BLACK);
        text(cs, "扫码核验 Scan to verify", 9, width - 196, 238);

        signatureBlock(cs, licence, issuerDid, 60, 60, width - 120);
      }
      attachCredential(document, licence.credential());
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void signatureBlock(PDPageContentStream cs, Licence licence, String did, float x, float y, float w)
      throws IOException {
    JsonObject vc = VerificationPages.JSON_PROVIDER.createReader(new StringReader(licence.credential())).readObject();
    List<JsonValue> proofs = vc.get("proof") instanceof jakarta.json.JsonArray array ? array : List.of();
    float h = 40 + 26f * proofs.size();
    cs.setStrokingColor(new Color(0x8B, 0x1A, 0x1A));
    cs.setLineWidth(1f);
    cs.addRect(x, y, w - 170, h);
    cs.stroke();
    cs.setNonStrokingColor(new Color(0x8B, 0x1A, 0x1A));
    text(cs, "电子签名 Electronic signatures — " + licence.departmentName(), 10, x + 8, y + h - 16);
    cs.setNonStrokingColor(Color.BLACK);
    text(cs, "签发者 Issuer: " + did, 8, x + 8, y + h - 30);
    float line = y + h - 46;
    for (JsonValue value : proofs) {
      JsonObject proof = value.asJsonObject();
      String signature = proof.getString("proofValue", "");
      text(cs, proof.getString("cryptosuite", "") + "  " + proof.getString("created", "") + "  "
          + proof.getString("verificationMethod", "").replaceFirst("^.*#", "#"), 8, x + 8, line);
      text(cs, signature.length() > 64 ? signature.substring(0, 64) + "…" : signature, 7, x + 8, line - 10);
      line -= 26;
    }
    // the seal: a red circle with the department's name, beside the block
    cs.setStrokingColor(new Color(0xC0, 0x10, 0x10));
    cs.setLineWidth(2.5f);
    float cx = x + w - 80;
    float cy = y + h / 2 + 10;
    circle(cs, cx, cy, 58);
    cs.stroke();
    cs.setNonStrokingColor(new Color(0xC0, 0x10, 0x10));
    text(cs, "★", 22, cx - 11, cy - 8);
    String name = licence.departmentName();
    float size = Math.min(11, 100f / Math.max(1, name.length()) * 1.6f);
    text(cs, name, size, cx - width(name, size) / 2, cy - 30);
    text(cs, "电子印章", 9, cx - width("电子印章", 9) / 2, cy + 22);
  }

  private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
    float k = 0.552284749831f * r;
    cs.moveTo(cx + r, cy);
    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    cs.closePath();
  }

  private static void drawQr(PDPageContentStream cs, BitMatrix matrix, float x, float y, float size)
      throws IOException {
    float module = size / matrix.getWidth();
    cs.setNonStrokingColor(Color.WHITE);
    cs.addRect(x, y, size, size);
    cs.fill();
    cs.setNonStrokingColor(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          cs.addRect(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    cs.fill();
  }

  private static void attachCredential(PDDocument document, String credential) throws IOException {
    byte[] bytes = credential.getBytes(StandardCharsets.UTF_8);
    var embedded = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(bytes));
    embedded.setSubtype("application/vc");
    embedded.setSize(bytes.length);
    var spec = new PDComplexFileSpecification();
    spec.setFile("credential.json");
    spec.setFileUnicode("credential.json");
    spec.setEmbeddedFile(embedded);
    spec.setFileDescription("W3C Verifiable Credential of this licence");
    var tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of("credential.json", spec));
    var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(tree);
    document.getDocumentCatalog().setNames(names);
  }

  private static float width(String text, float size) {
    return (float) font().deriveFont(size).getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
  }

  private static float wrapped(PDPageContentStream cs, String text, float size, float x, float y, float maxWidth)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      line.append(text.charAt(i));
      if (width(line.toString(), size) > maxWidth) {
        line.setLength(line.length() - 1);
        text(cs, line.toString(), size, x, y);
        y -= size + 6;
        line.setLength(0);
        line.append(text.charAt(i));
      }
    }
    text(cs, line.toString(), size, x, y);
    return y;
  }

  /** Draws text as filled glyph outlines, baseline at (x, y). */
  static void text(PDPageContentStream cs, String text, float size, float x, float y) throws IOException {
    Font font = font().deriveFont(size);
    Shape outline = font.createGlyphVector(new FontRenderContext(null, true, true), text).getOutline();
    PathIterator path = outline.getPathIterator(null);
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    boolean any = false;
    while (!path.isDone()) {
      switch (path.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          cs.moveTo(x + c[0], y - c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          cs.lineTo(x + c[0], y - c[1]);
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          float c1x = lastX + 2f / 3f * (c[0] - lastX);
          float c1y = lastY + 2f / 3f * (c[1] - lastY);
          float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
          float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
          cs.curveTo(x + c1x, y - c1y, x + c2x, y - c2y, x + c[2], y - c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          cs.curveTo(x + c[0], y - c[1], x + c[2], y - c[3], x + c[4], y - c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        case PathIterator.SEG_CLOSE -> cs.closePath();
        default -> { }
      }
      any = true;
      path.next();
    }
    if (any) {
      cs.fill();
    }
  }
}
