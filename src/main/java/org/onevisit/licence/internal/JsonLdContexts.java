package org.onevisit.licence.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD contexts the platform knows, bundled in {@code licence/contexts/}: a static document loader
 * that never touches the network. Any other URL fails with {@link JsonLdErrorCode#LOADING_DOCUMENT_FAILED}
 * and is reported to verifiers as an unknown context.
 */
final class JsonLdContexts implements DocumentLoader {

  static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
  static final String LICENCE_V1 = "https://onevisit.org/ns/licence/v1";

  static final JsonLdContexts INSTANCE = new JsonLdContexts();

  private final Map<String, Document> documents;

  private JsonLdContexts() {
    this(Map.of(
        CREDENTIALS_V2, read("credentials-v2.jsonld"),
        LICENCE_V1, read("licence-v1.jsonld")));
  }

  private JsonLdContexts(Map<String, Document> documents) {
    this.documents = Map.copyOf(documents);
  }

  static Set<String> known() {
    return INSTANCE.documents.keySet();
  }

  /** These contexts and one more (for tests with documents of other vocabularies, e.g. the W3C test vectors). */
  JsonLdContexts with(String url, Document document) {
    var all = new java.util.HashMap<>(documents);
    all.put(url, document);
    return new JsonLdContexts(all);
  }

  boolean knows(String url) {
    return documents.containsKey(url);
  }

  /** The context document's text, for serving it. */
  static byte[] bytes(String file) {
    try (InputStream in = JsonLdContexts.class.getResourceAsStream("/licence/contexts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled context " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document read(String file) {
    try (InputStream in = JsonLdContexts.class.getResourceAsStream("/licence/contexts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled context " + file);
      }
      return JsonDocument.of(in);
    } catch (IOException | JsonLdError e) {
      throw new IllegalStateException("Unreadable bundled context " + file, e);
    }
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    Document document = documents.get(url.toString());
    if (document == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Unknown context " + url);
    }
    return document;
  }
}
