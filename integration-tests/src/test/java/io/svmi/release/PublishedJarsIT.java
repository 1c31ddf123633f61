package io.svmi.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

/** Every published jar carries its module name and the licence, with sources, javadoc and an SBOM beside it. */
class PublishedJarsIT {

  @TestFactory
  Stream<DynamicTest> eachPublishedJar_hasItsModuleNameLicenceSourcesAndJavadoc() {
    return Published.artifacts().stream().map(id -> DynamicTest.dynamicTest(id, () -> check(id)));
  }

  private static void check(String id) throws IOException {
    Path jar = Published.jar(id);
    ModuleDescriptor module = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    assertEquals(Published.moduleName(id), module.name(), jar + ": module name");

    byte[] licence = Files.readAllBytes(Published.ROOT.resolve("LICENSE"));
    assertTrue(new String(licence, UTF_8).contains("Apache License"), "LICENSE is the Apache License");
    for (Path j : List.of(jar, Published.attached(id, "sources"), Published.attached(id, "javadoc"))) {
      assertTrue(Files.isRegularFile(j), j + " is built");
      try (JarFile file = new JarFile(j.toFile())) {
        JarEntry entry = file.getJarEntry("META-INF/LICENSE");
        assertTrue(entry != null, j + " has META-INF/LICENSE");
        assertArrayEquals(licence, file.getInputStream(entry).readAllBytes(), j + ": META-INF/LICENSE");
      }
    }
    try (JarFile sources = new JarFile(Published.attached(id, "sources").toFile())) {
      assertTrue(sources.stream().anyMatch(e -> e.getName().endsWith(".java")), id + " sources jar has sources");
    }
    try (JarFile javadoc = new JarFile(Published.attached(id, "javadoc").toFile())) {
      assertTrue(javadoc.getJarEntry("index.html") != null, id + " javadoc jar has index.html");
    }

  }

  /**
   * The CycloneDX plugin runs only in online builds (its goal requires it), so an offline build
   * ({@code -o}) has no SBOM to check; CI and releases build online.
   */
  @TestFactory
  Stream<DynamicTest> eachPublishedJar_hasACycloneDxSbom() {
    Assumptions.assumeFalse("offline=true".equals(System.getProperty("svmi.build")), "an offline build makes no SBOM");
    return Published.artifacts().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
      Path sbom = Published.jar(id).resolveSibling(id + "-" + Published.VERSION + "-cyclonedx.json");
      String bom = Files.readString(sbom, UTF_8);
      assertTrue(bom.contains("\"bomFormat\" : \"CycloneDX\""), sbom + " is a CycloneDX document");
      assertTrue(bom.contains("pkg:maven/io.svmi/" + id + "@" + Published.VERSION), sbom + " describes " + id);
    }));
  }

  /** Reproducibility needs every entry of a jar dated project.build.outputTimestamp. */
  @Test
  void everyEntryOfEveryPublishedJar_carriesTheBuildTimestamp() throws IOException {
    Document parent = Published.pom(Published.ROOT.resolve("pom.xml"));
    String stamp = Published.property(parent, "project.build.outputTimestamp");
    assertFalse(stamp.isEmpty(), "the root pom sets project.build.outputTimestamp");
    // Zip entries store local time at two-second resolution; compare as the jar tool writes them.
    FileTime expected = FileTime.from(Instant.parse(stamp));
    List<String> wrong = new ArrayList<>();
    for (String id : Published.artifacts()) {
      for (Path j : List.of(Published.jar(id), Published.attached(id, "sources"), Published.attached(id, "javadoc"))) {
        try (JarFile file = new JarFile(j.toFile())) {
          for (JarEntry e : Collections.list(file.entries())) {
            if (Math.abs(e.getLastModifiedTime().toMillis() - expected.toMillis()) > 2_000) {
              wrong.add(j.getFileName() + "!" + e.getName() + " " + e.getLastModifiedTime());
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The BOM lists exactly the modules that are published (those that do not skip deployment). */
  @Test
  void theBom_listsExactlyThePublishedModules_atTheProjectVersion() {
    List<String> published = new ArrayList<>();
    for (Path module : Published.reactorModules()) {
      Document pom = Published.pom(module.resolve("pom.xml"));
      String packaging = Published.child(pom.getDocumentElement(), "packaging");
      if (!Published.property(pom, "maven.deploy.skip").equals("true") && !packaging.equals("pom")) {
        published.add(Published.artifactId(pom));
      }
    }
    assertEquals(published.stream().sorted().toList(), Published.artifacts().stream().sorted().toList(),
        "a published module is listed in bom/pom.xml; a module that is not sets maven.deploy.skip");
    Document bom = Published.pom(Published.ROOT.resolve("bom/pom.xml"));
    assertEquals(Published.VERSION, Published.child(bom.getDocumentElement(), "version"), "the BOM's version");
  }
}
