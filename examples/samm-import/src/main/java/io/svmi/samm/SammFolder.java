package io.svmi.samm;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.svmi.ShownText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML documents of a SAMM model folder, one per file, by sub-folder. Every scalar is read as
 * a string (YAML 1.1 would read the answer "No" as false, and 0.25 as a binary fraction); the
 * importer parses numbers itself, exactly.
 */
final class SammFolder {
  /** The most characters read from one YAML file (OWASP's largest is a few kilobytes). */
  static final int MAX_FILE_CHARACTERS = 1024 * 1024;

  private final Path root;

  SammFolder(Path root) {
    this.root = root;
  }

  /** A record of one file: its fields, with the file name for messages. */
  record Doc(String file, Map<String, Object> fields) {
    String text(String key) throws SammImportException {
      Object v = fields.get(key);
      if (!(v instanceof String s)) {
        throw new SammImportException(file + ": no text field '" + key + "'");
      }
      return s;
    }

    int number(String key) throws SammImportException {
      String text = text(key).trim();
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new SammImportException(file + ": '" + key + "' is not a whole number: " + ShownText.quoted(text, 24), e);
      }
    }
  }

  /** Every document of a sub-folder ({@code activities}), in file-name order. */
  ImmutableList<Doc> read(String folder) throws SammImportException {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      throw new SammImportException("not a SAMM model folder: " + dir + " is missing");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
    } catch (UncheckedIOException e) {
      throw new SammImportException("cannot list " + dir + ": " + e.getCause().getMessage(), e);
    } catch (IOException e) {
      throw new SammImportException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    List<Doc> docs = new ArrayList<>();
    for (Path file : files) {
      String name = ShownText.visible(root.relativize(file).toString());
      if (!Files.isRegularFile(file)) {
        // A named pipe would block the import, a device might never end.
        throw new SammImportException(name + ": not a regular file");
      }
      docs.add(new Doc(name, load(file, name)));
    }
    return ImmutableList.copyOf(docs);
  }

  /** The documents of a sub-folder by their {@code id}. */
  ImmutableMap<String, Doc> byId(String folder) throws SammImportException {
    ImmutableMap.Builder<String, Doc> b = ImmutableMap.builder();
    for (Doc d : read(folder)) {
      b.put(d.text("id"), d);
    }
    try {
      return b.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new SammImportException(folder + ": two files have the same id", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(Path file, String name) throws SammImportException {
    LoaderOptions limits = new LoaderOptions();
    limits.setCodePointLimit(MAX_FILE_CHARACTERS);
    Yaml yaml =
        new Yaml(
            new SafeConstructor(limits),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            limits,
            new StringsOnly());
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object doc = yaml.load(in);
      if (!(doc instanceof Map<?, ?> map)) {
        throw new SammImportException(name + ": not a YAML mapping");
      }
      return (Map<String, Object>) map;
    } catch (IOException | YAMLException e) {
      // The YAML library's message quotes the file; show a bounded, escaped part of it.
      String why = String.valueOf(e.getMessage());
      throw new SammImportException(name + ": " + ShownText.shortened(why.replace('\n', ' ').replaceAll(" +", " "), 300), e);
    }
  }

  /** A resolver that types no plain scalar: every value is a string. */
  private static final class StringsOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }
}
