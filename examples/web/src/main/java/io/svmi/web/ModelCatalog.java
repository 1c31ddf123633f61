package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import io.svmi.samm.SammImportException;
import io.svmi.samm.SammImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models offered for new assessments (the bundled SVMI and accessibility models, each
 * {@code .svmi} file of {@code --models DIR}, and OWASP SAMM imported from {@code --samm DIR}), and
 * the compiled form of any model text an assessment was taken under, looked up by the SHA-256 of
 * its text. Compiled models are immutable and shared by every request thread.
 */
final class ModelCatalog {
  /** A model text with its compiled model and what identifies it. */
  record Entry(String sha256, String source, MaturityModel model) {
    String name() {
      return model.name();
    }

    String version() {
      return model.version().orElse("unversioned");
    }
  }

  /** Models that did not compile: each problem rendered with its file and line. */
  static final class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    CatalogException(String message) {
      super(message);
    }
  }

  private final List<Entry> offered;
  private final Map<String, MaturityModel> compiled = new ConcurrentHashMap<>();

  private ModelCatalog(List<Entry> offered) {
    this.offered = List.copyOf(offered);
    offered.forEach(e -> compiled.put(e.sha256(), e.model()));
  }

  static ModelCatalog load(Optional<Path> modelsFolder, Optional<Path> sammFolder) throws CatalogException {
    List<Entry> entries = new ArrayList<>();
    entries.add(compile("bundled:svmi.svmi", bundled("svmi.svmi")));
    entries.add(compile("bundled:accessibility.svmi", bundled("accessibility.svmi")));
    if (sammFolder.isPresent()) {
      try {
        entries.add(compile("samm:" + sammFolder.get(), SammImporter.svmi(sammFolder.get())));
      } catch (SammImportException e) {
        throw new CatalogException("cannot read the SAMM folder '" + sammFolder.get() + "': " + e.getMessage());
      }
    }
    if (modelsFolder.isPresent()) {
      Path folder = modelsFolder.get();
      if (!Files.isDirectory(folder)) {
        throw new CatalogException("the models folder '" + folder + "' is not a folder");
      }
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.svmi")) {
        stream.forEach(files::add);
      } catch (IOException e) {
        throw new CatalogException("cannot list '" + folder + "': " + e.getMessage());
      }
      files.sort(Comparator.naturalOrder());
      for (Path file : files) {
        try {
          entries.add(compile(file.toString(), Files.readString(file, UTF_8)));
        } catch (IOException e) {
          throw new CatalogException("cannot read '" + file + "': " + e.getMessage());
        }
      }
    }
    List<Entry> distinct = new ArrayList<>();
    for (Entry e : entries) {
      if (distinct.stream().noneMatch(d -> d.sha256().equals(e.sha256()))) {
        distinct.add(e);
      }
    }
    return new ModelCatalog(distinct);
  }

  List<Entry> offered() {
    return offered;
  }

  Optional<Entry> offered(String sha256) {
    return offered.stream().filter(e -> e.sha256().equals(sha256)).findFirst();
  }

  /** The model of a stored text (compiled once per text, then shared). */
  MaturityModel model(String sha256, String source) {
    return compiled.computeIfAbsent(sha256, sha -> {
      ModelResult result = Svmi.compile("stored model " + sha.substring(0, 12), source);
      if (result.hasErrors()) {
        throw new IllegalStateException("a stored model no longer compiles:\n" + result.render());
      }
      return result.orElseThrow();
    });
  }

  private static Entry compile(String name, String text) throws CatalogException {
    ModelResult result = Svmi.compile(name, text);
    if (result.hasErrors()) {
      throw new CatalogException(result.render());
    }
    return new Entry(Accounts.sha256(text), text, result.orElseThrow());
  }

  private static String bundled(String name) {
    try (InputStream in = ModelCatalog.class.getResourceAsStream("bundled/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no bundled " + name + "; rebuild it with ./mvnw package");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
