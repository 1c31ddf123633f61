package io.svmi.release;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What is published, as the build has made it: the artifacts the BOM lists, each one's jar (from
 * the run-time class path the build wrote), its expected module name, and the repository's poms.
 */
final class Published {
  static final Path ROOT = Path.of(System.getProperty("svmi.root", "..")).toAbsolutePath().normalize();
  static final String VERSION = System.getProperty("svmi.version", "0.1.0-SNAPSHOT");

  private Published() {}

  /** The artifacts the BOM manages, in its order: the published modules. */
  static List<String> artifacts() {
    List<String> ids = new ArrayList<>();
    NodeList deps = pom(ROOT.resolve("bom/pom.xml")).getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      ids.add(child((Element) deps.item(i), "artifactId"));
    }
    return ids;
  }

  /** svmi-core: io.svmi.core. */
  static String moduleName(String artifactId) {
    return "io.svmi." + artifactId.substring("svmi-".length());
  }

  /** The built jar of a published artifact (its module's target/ in a reactor build). */
  static Path jar(String artifactId) {
    return classpath().stream()
        .filter(p -> p.getFileName().toString().equals(artifactId + "-" + VERSION + ".jar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no jar of " + artifactId + " on " + classpath()));
  }

  /** A jar attached beside the main one: sources, javadoc. */
  static Path attached(String artifactId, String classifier) {
    return jar(artifactId).resolveSibling(artifactId + "-" + VERSION + "-" + classifier + ".jar");
  }

  /** The published modules and every jar they need at run time. */
  static List<Path> classpath() {
    Path file = Path.of(System.getProperty("svmi.publishedClasspath", "target/published-classpath.txt"));
    try {
      List<Path> paths = new ArrayList<>();
      for (String entry : Files.readString(file, UTF_8).strip().split(Pattern.quote(File.pathSeparator))) {
        paths.add(Path.of(entry));
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every module of the build (recursively, from the root pom), as its directory. */
  static List<Path> reactorModules() {
    List<Path> modules = new ArrayList<>();
    collectModules(ROOT, modules);
    return modules;
  }

  private static void collectModules(Path dir, List<Path> into) {
    NodeList names = pom(dir.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < names.getLength(); i++) {
      Path module = dir.resolve(names.item(i).getTextContent().strip()).normalize();
      into.add(module);
      collectModules(module, into);
    }
  }

  static Document pom(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** The text of a direct child element, or "" when there is none. */
  static String child(Element parent, String name) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  /** The value of a property set in a pom's own properties block, or "". */
  static String property(Document pom, String name) {
    NodeList blocks = pom.getDocumentElement().getElementsByTagName("properties");
    for (int i = 0; i < blocks.getLength(); i++) {
      if (blocks.item(i).getParentNode() == pom.getDocumentElement()) {
        return child((Element) blocks.item(i), name);
      }
    }
    return "";
  }

  /** The ids of the io.svmi artifacts a pom depends on (any scope). */
  static List<String> svmiDependencies(Document pom) {
    List<String> ids = new ArrayList<>();
    NodeList deps = pom.getDocumentElement().getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      if (child(dep, "groupId").equals("io.svmi")
          && !"dependencyManagement".equals(dep.getParentNode().getParentNode().getNodeName())) {
        ids.add(child(dep, "artifactId"));
      }
    }
    return ids;
  }

  static String artifactId(Document pom) {
    return child(pom.getDocumentElement(), "artifactId");
  }
}
