package io.svmi.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import io.svmi.GoldenUpdate;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public API of each published module stays what it is meant to be: its module name, the
 * packages it exports and the public types in them, compared with
 * {@code integration-tests/src/test/resources/api/ARTIFACT.txt}. A change to the API shows in
 * that file's diff; {@code SVMI_UPDATE_GOLDEN=1} rewrites the files after an intended change.
 */
class ApiSurfaceIT {

  @TestFactory
  Stream<DynamicTest> eachPublishedModule_hasTheApiItsGoldenFileLists() {
    return Published.artifacts().stream().map(id -> DynamicTest.dynamicTest(id, () -> check(id)));
  }

  static String surface(String id) {
    ModuleDescriptor module = ModuleFinder.of(Published.jar(id)).findAll().iterator().next().descriptor();
    Set<String> exported = module.isAutomatic()
        ? module.packages()
        : module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    Set<String> lines = new TreeSet<>();
    for (JavaClass c : ArchitectureIT.classesOf(id)) {
      if (exported.contains(c.getPackageName()) && isPublic(c)) {
        lines.add(kind(c) + " " + c.getName());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(module.isAutomatic() ? "automatic module " : "module ").append(module.name()).append('\n');
    exported.stream().sorted().forEach(p -> out.append("exports ").append(p).append('\n'));
    module.exports().stream().filter(ModuleDescriptor.Exports::isQualified).sorted()
        .forEach(e -> out.append("exports ").append(e.source()).append(" to ")
            .append(String.join(", ", new TreeSet<>(e.targets()))).append('\n'));
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static boolean isPublic(JavaClass c) {
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      if (!k.get().getModifiers().contains(JavaModifier.PUBLIC) || k.get().isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static String kind(JavaClass c) {
    if (c.isRecord()) {
      return "record";
    } else if (c.isEnum()) {
      return "enum";
    } else if (c.isAnnotation()) {
      return "@interface";
    } else if (c.isInterface()) {
      return "interface";
    }
    return "class";
  }

  private static void check(String id) throws IOException {
    Path golden = Published.ROOT.resolve("integration-tests/src/test/resources/api/" + id + ".txt");
    String actual = surface(id);
    if (GoldenUpdate.requested()) {
      Files.writeString(golden, actual, UTF_8);
    }
    String expected = Files.exists(golden) ? Files.readString(golden, UTF_8) : "";
    assertEquals(expected, actual, id + "'s public API differs from " + Published.ROOT.relativize(golden)
        + "; if the change is intended, SVMI_UPDATE_GOLDEN=1 ./mvnw verify rewrites it");
  }
}
