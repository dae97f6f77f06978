package org.onevisit.catalog.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogSearch;
import org.onevisit.catalog.Item;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemStatus;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.SearchHit;
import org.onevisit.catalog.Synonyms;
import org.onevisit.organisation.DepartmentKind;

/**
 * {@link CatalogSearch} over an in-memory Lucene index ({@link ByteBuffersDirectory}), written once and
 * then only read: one document per item and per bundle.
 *
 * <p>Fields: {@code name_exact} (the normalised name and its bracketed parts, untokenised: exact and
 * prefix matches), {@code name} (words by {@link SmartChineseAnalyzer}), {@code name_gram} (CJK
 * bigrams: a query found inside a name as a phrase, whatever the word segmentation), {@code name_char}
 * (single characters, for one-character queries), {@code keyword_exact} and {@code keywords} (item
 * keywords and synonyms, bundle keywords), {@code related} (the department's Chinese name, a bundle's
 * item names) and {@code materials} (material names). Queries are built clause by clause from the text,
 * never parsed, so no input is syntax. Each tier's weight lies above the next tier's whole range:
 * constant scores for exact (1000), prefix (200) and phrase (100) name matches and exact keywords (60);
 * BM25 scaled down for the word matches; a bundle that matches gets {@value #BUNDLE} more, which puts it
 * first among hits of its tier.
 *
 * <p>Nothing to close: the index lives on the heap and goes with the last reference to the searcher.
 */
public final class LuceneCatalogSearch implements CatalogSearch {

  static final float EXACT = 1000f;
  static final float PREFIX = 200f;
  static final float PHRASE = 100f;
  static final float NAME_WORDS = 3f;
  static final float KEYWORD_EXACT = 60f;
  static final float KEYWORD_WORDS = 2f;
  static final float RELATED = 1f;
  static final float NAME_GRAMS = 0.5f;
  static final float NAME_CHARS = 0.5f;
  static final float MATERIALS = 0.5f;
  /** Added to a bundle that matches at all: 一件事 first among hits of the same tier. */
  static final float BUNDLE = 10f;
  /** The weight of a synonym's canonical terms relative to the applicant's own words. */
  static final float SYNONYM = 0.8f;

  private static final String KIND = "kind";
  private static final String CODE = "code";
  private static final String NAME_STORED = "name_stored";
  private static final String NAME_EXACT = "name_exact";
  private static final String NAME = "name";
  private static final String NAME_GRAM = "name_gram";
  private static final String NAME_CHAR = "name_char";
  private static final String KEYWORD_EXACT_FIELD = "keyword_exact";
  private static final String KEYWORDS = "keywords";
  private static final String RELATED_FIELD = "related";
  private static final String MATERIALS_FIELD = "materials";

  private static final Map<DepartmentKind, String> DEPARTMENT_NAMES = departmentNames();

  private final IndexSearcher searcher;
  private final QueryBuilder builder;
  private final Synonyms synonyms;
  private final int size;

  private LuceneCatalogSearch(IndexSearcher searcher, Analyzer analyzer, Synonyms synonyms, int size) {
    this.searcher = searcher;
    this.builder = new QueryBuilder(analyzer);
    this.synonyms = synonyms;
    this.size = size;
  }

  /** Indexes the published items among {@code items} and every bundle. */
  public static LuceneCatalogSearch index(Collection<Item> items, Collection<Bundle> bundles, Synonyms synonyms) {
    var analyzer = analyzer();
    var directory = new ByteBuffersDirectory();
    var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    var published = items.stream().filter(i -> i.status() == ItemStatus.PUBLISHED).toList();
    var namesByCode = new LinkedHashMap<ItemCode, Set<String>>();
    published.forEach(i -> namesByCode.computeIfAbsent(i.code(), c -> new LinkedHashSet<>()).add(i.name()));
    int size = 0;
    try (var writer = new IndexWriter(directory, config)) {
      for (Item item : published) {
        writer.addDocument(itemDocument(item));
        size++;
      }
      for (Bundle bundle : bundles) {
        writer.addDocument(bundleDocument(bundle, namesByCode));
        size++;
      }
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index the catalog in memory", e);
    }
    try {
      var searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setQueryCache(null);
      return new LuceneCatalogSearch(searcher, analyzer, synonyms, size);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the in-memory catalog index", e);
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public List<SearchHit> search(@Nullable String query, int limit) {
    if (query == null || limit < 1) {
      return List.of();
    }
    String text = normalise(query);
    if (text.isEmpty()) {
      return List.of();
    }
    var clauses = new BooleanQuery.Builder();
    int count = addClauses(clauses, text, 1f);
    for (String term : synonyms.expand(text)) {
      count += addClauses(clauses, normalise(term), SYNONYM);
    }
    if (count == 0) {
      return List.of();
    }
    var ranked = new BooleanQuery.Builder()
        .add(clauses.build(), BooleanClause.Occur.MUST)
        .add(constant(new TermQuery(new Term(KIND, SearchHit.Kind.BUNDLE.name())), BUNDLE), BooleanClause.Occur.SHOULD)
        .build();
    return collect(ranked, Math.min(limit, MAX_LIMIT));
  }

  /** Cuts to {@link #MAX_QUERY_LENGTH} code points, NFKC, lower case, single spaces. */
  static String normalise(String raw) {
    String text = cut(raw);
    text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    text = text.replaceAll("[\\s\\p{Cc}]+", " ").strip();
    return cut(text);
  }

  private static String cut(String text) {
    return text.codePointCount(0, text.length()) <= MAX_QUERY_LENGTH
        ? text
        : text.substring(0, text.offsetByCodePoints(0, MAX_QUERY_LENGTH));
  }

  private int addClauses(BooleanQuery.Builder clauses, String text, float weight) {
    var queries = new ArrayList<Query>();
    queries.add(constant(new TermQuery(new Term(NAME_EXACT, text)), EXACT));
    queries.add(constant(new PrefixQuery(new Term(NAME_EXACT, text)), PREFIX));
    queries.add(constant(new TermQuery(new Term(KEYWORD_EXACT_FIELD, text)), KEYWORD_EXACT));
    add(queries, builder.createPhraseQuery(NAME_GRAM, text), PHRASE, true);
    add(queries, builder.createBooleanQuery(NAME, text), NAME_WORDS, false);
    add(queries, builder.createBooleanQuery(NAME_GRAM, text), NAME_GRAMS, false);
    add(queries, builder.createBooleanQuery(KEYWORDS, text), KEYWORD_WORDS, false);
    add(queries, builder.createBooleanQuery(RELATED_FIELD, text), RELATED, false);
    add(queries, builder.createBooleanQuery(MATERIALS_FIELD, text), MATERIALS, false);
    if (text.codePointCount(0, text.length()) == 1) {
      add(queries, builder.createBooleanQuery(NAME_CHAR, text), NAME_CHARS, false);
    }
    for (Query q : queries) {
      clauses.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
    }
    return queries.size();
  }

  private static Query constant(Query query, float boost) {
    return new BoostQuery(new ConstantScoreQuery(query), boost);
  }

  private static void add(List<Query> queries, @Nullable Query query, float boost, boolean constant) {
    if (query != null) {
      queries.add(constant ? constant(query, boost) : new BoostQuery(query, boost));
    }
  }

  private List<SearchHit> collect(Query query, int limit) {
    try {
      int wanted = limit * 2 + 8;
      while (true) {
        TopDocs top = searcher.search(query, wanted);
        var hits = new ArrayList<SearchHit>(limit);
        var seen = new HashSet<String>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
          Document doc = stored.document(sd.doc);
          String kind = doc.get(KIND);
          String code = doc.get(CODE);
          if (seen.add(kind + ":" + code)) {
            hits.add(new SearchHit(SearchHit.Kind.valueOf(kind), code, doc.get(NAME_STORED), sd.score));
            if (hits.size() == limit) {
              return List.copyOf(hits);
            }
          }
        }
        if (top.scoreDocs.length < wanted || wanted >= size) {
          return List.copyOf(hits);
        }
        wanted *= 4;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the in-memory catalog index", e);
    }
  }

  // ------------------------------------------------------------------------------------ documents

  private static Document itemDocument(Item item) {
    var doc = common(SearchHit.Kind.ITEM, item.code().value(), item.name());
    item.keywords().forEach(k -> keyword(doc, k));
    item.synonyms().forEach(k -> keyword(doc, k));
    doc.add(new TextField(RELATED_FIELD, DEPARTMENT_NAMES.getOrDefault(item.department(), ""), Field.Store.NO));
    for (Material m : item.materials()) {
      doc.add(new TextField(MATERIALS_FIELD, m.name(), Field.Store.NO));
    }
    return doc;
  }

  private static Document bundleDocument(Bundle bundle, Map<ItemCode, Set<String>> namesByCode) {
    var doc = common(SearchHit.Kind.BUNDLE, bundle.code().value(), bundle.name());
    bundle.keywords().forEach(k -> keyword(doc, k));
    for (var entry : bundle.entries()) {
      for (String name : namesByCode.getOrDefault(entry.item(), Set.of())) {
        doc.add(new TextField(RELATED_FIELD, name, Field.Store.NO));
      }
    }
    return doc;
  }

  private static Document common(SearchHit.Kind kind, String code, String name) {
    var doc = new Document();
    doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
    doc.add(new StringField(CODE, code, Field.Store.YES));
    doc.add(new StoredField(NAME_STORED, name));
    for (String variant : nameVariants(name)) {
      doc.add(new StringField(NAME_EXACT, variant, Field.Store.NO));
    }
    doc.add(new TextField(NAME, name, Field.Store.NO));
    doc.add(new TextField(NAME_GRAM, name, Field.Store.NO));
    doc.add(new TextField(NAME_CHAR, name, Field.Store.NO));
    return doc;
  }

  private static void keyword(Document doc, String keyword) {
    String normalised = normalise(keyword);
    if (!normalised.isEmpty()) {
      doc.add(new StringField(KEYWORD_EXACT_FIELD, normalised, Field.Store.NO));
      doc.add(new TextField(KEYWORDS, keyword, Field.Store.NO));
    }
  }

  /** The whole name and, for 出生登记（户口登记）, 出生登记 and 户口登记 as well: all normalised. */
  static Set<String> nameVariants(String name) {
    var variants = new LinkedHashSet<String>();
    String whole = normalise(name);
    variants.add(whole);
    if (whole.contains("(")) {
      variants.add(whole.replaceAll("\\([^)]*\\)", "").strip());
      for (String part : whole.split("[()]")) {
        variants.add(part.strip());
      }
    }
    variants.remove("");
    return variants;
  }

  // ------------------------------------------------------------------------------------ analysis

  private static Analyzer analyzer() {
    Analyzer words = new SmartChineseAnalyzer();
    var fields = new LinkedHashMap<String, Analyzer>();
    fields.put(NAME_GRAM, new GramAnalyzer(true));
    fields.put(NAME_CHAR, new GramAnalyzer(false));
    return new PerFieldAnalyzerWrapper(words, fields);
  }

  /** Standard tokenizer (one token per CJK character), width and case folded, optionally into bigrams. */
  private static final class GramAnalyzer extends Analyzer {
    private final boolean bigrams;

    GramAnalyzer(boolean bigrams) {
      this.bigrams = bigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      var tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(tokenizer));
      if (bigrams) {
        stream = new CJKBigramFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new CJKWidthFilter(in));
    }
  }

  /** Display names from the organisation module's message bundle; none when it is not on the class path. */
  private static Map<DepartmentKind, String> departmentNames() {
    var names = new EnumMap<DepartmentKind, String>(DepartmentKind.class);
    try {
      var bundle = ResourceBundle.getBundle("i18n.organisation", Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      for (var kind : DepartmentKind.values()) {
        if (bundle.containsKey(kind.messageKey())) {
          names.put(kind, bundle.getString(kind.messageKey()));
        }
      }
    } catch (MissingResourceException e) {
      // search works without department names
    }
    return names;
  }
}
