package io.svmi.release;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The module structure of docs/architecture.md, checked on the published jars' byte code and on
 * the build's poms: what each module may use, and that nothing depends on the examples, the
 * benchmarks or the fuzz tests.
 */
class ArchitectureIT {
  /** The packages of the modules nothing may depend on (examples/*, bench, fuzz). */
  private static final String[] HOSTS_AND_TOOLS = {
    "io.svmi.cli..", "io.svmi.web..", "io.svmi.samm..", "io.svmi.examples..", "io.svmi.bench..", "io.svmi.fuzz.."
  };

  private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

  /** The classes of a published jar (imported once). */
  static JavaClasses classesOf(String artifactId) {
    return IMPORTED.computeIfAbsent(artifactId, id -> {
      try (JarFile jar = new JarFile(Published.jar(id).toFile())) {
        return new ClassFileImporter().importJar(jar);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** The packages a published jar holds (module-info aside). */
  static Set<String> packagesOf(JavaClasses classes) {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!c.getPackageName().isEmpty()) {
        packages.add(c.getPackageName());
      }
    }
    return packages;
  }

  @Test
  void core_usesNoCompilerParserJsonOrCommandLineLibrary() {
    noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.svmi.dsl..", "io.svmi.report..", "org.antlr..", "com.fasterxml.jackson..", "picocli..")
        .because("core is the model and its evaluation; docs/architecture.md, Modules")
        .check(classesOf("svmi-core"));
  }

  @Test
  void core_dependsOnlyOnTheJdkGuavaAndJSpecify() {
    JavaClasses core = classesOf("svmi-core");
    classes()
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            Stream.concat(Stream.of("java..", "com.google.common..", "org.jspecify.."), packagesOf(core).stream())
                .toArray(String[]::new))
        .check(core);
  }

  @Test
  void report_dependsOnlyOnCoreAndJacksonCore() {
    if (!Published.artifacts().contains("svmi-report")) {
      return; // Not in this build yet: the BOM does not list it.
    }
    List<String> allowed = new ArrayList<>(List.of(
        "java..", "com.fasterxml.jackson.core..", "com.google.common..", "org.jspecify.."));
    allowed.addAll(packagesOf(classesOf("svmi-core")));
    JavaClasses report = classesOf("svmi-report");
    allowed.addAll(packagesOf(report));
    classes()
        .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
        .because("report renders core's evaluations (docs/architecture.md, Modules)")
        .check(report);
  }

  @Test
  void noPublishedModule_dependsOnTheExamplesTheBenchmarksOrTheFuzzTests() {
    for (String id : Published.artifacts()) {
      noClasses().should().dependOnClassesThat().resideInAnyPackage(HOSTS_AND_TOOLS).check(classesOf(id));
    }
  }

  /**
   * In the build itself: no module depends on bench or fuzz, and a published module depends only
   * on published ones (so never on examples/*). The test-only modules (fuzz, which runs the
   * command line's own fuzz targets, and these integration tests) may use the examples.
   */
  @Test
  void noModule_dependsOnBenchOrFuzz_andPublishedOnesOnlyOnPublishedOnes() {
    Set<String> tools = new TreeSet<>();
    for (Path module : Published.reactorModules()) {
      Path relative = Published.ROOT.relativize(module);
      if (relative.equals(Path.of("bench")) || relative.equals(Path.of("fuzz"))) {
        tools.add(Published.artifactId(Published.pom(module.resolve("pom.xml"))));
      }
    }
    List<String> wrong = new ArrayList<>();
    for (Path module : Published.reactorModules()) {
      Document pom = Published.pom(module.resolve("pom.xml"));
      String id = Published.artifactId(pom);
      for (String dep : Published.svmiDependencies(pom)) {
        if (tools.contains(dep) || (Published.artifacts().contains(id) && !Published.artifacts().contains(dep))) {
          wrong.add(id + " -> " + dep);
        }
      }
    }
    assertEquals(List.of(), wrong, "dependencies the module structure forbids");
  }
}
