package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The section "A web form" of docs/embedding.md shows the web form's own code: each region of
 * WebForm.java between {@code tag::}/{@code end::} comments appears there verbatim, and the
 * commands it gives name the jar this module builds and files that exist.
 */
class DocSampleTest {
  /** Tests run in the repository's root (see the module's pom). */
  static final Path DOC = Path.of("docs/embedding.md");
  static final Path SOURCE = Path.of("examples/web/src/main/java/io/svmi/web/WebForm.java");

  /** The tagged regions of a source, without their common indentation. */
  static Map<String, String> regions(Path source) throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = Pattern.compile("// tag::([\\w-]+)\\[\\]\\n(.*?)\\n[ \\t]*// end::\\1\\[\\]", Pattern.DOTALL)
        .matcher(Files.readString(source, UTF_8));
    while (m.find()) {
      List<String> lines = List.of(m.group(2).split("\n", -1));
      int indent = lines.stream().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      regions.put(m.group(1), lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
          .collect(Collectors.joining("\n")));
    }
    return regions;
  }

  static String section() throws IOException {
    String doc = Files.readString(DOC, UTF_8);
    int start = doc.indexOf("\n## A web form\n");
    assertTrue(start > 0, "docs/embedding.md has a section 'A web form'");
    int next = doc.indexOf("\n## ", start + 1);
    return doc.substring(start, next < 0 ? doc.length() : next);
  }

  @Test
  void theSection_showsEachTaggedRegionOfTheSource_verbatim() throws IOException {
    String section = section();
    Map<String, String> regions = regions(SOURCE);
    assertEquals(List.of("compile", "start", "evaluate"), List.copyOf(regions.keySet()));
    regions.forEach((name, code) -> assertTrue(section.contains("```java\n" + code + "\n```\n"),
        () -> DOC + " lacks the region '" + name + "' of " + SOURCE + ":\n" + code));
  }

  @Test
  void theSectionsCommands_nameTheJarThisModuleBuilds_andFilesThatExist() throws IOException {
    String section = section();
    String pom = Files.readString(Path.of("examples/web/pom.xml"), UTF_8);
    assertTrue(pom.contains("<outputFile>${project.build.directory}/svmi-web.jar</outputFile>"));
    assertTrue(pom.contains("<mainClass>io.svmi.web.WebForm</mainClass>"));
    Matcher sh = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertTrue(sh.find());
    List<String> commands = List.of(sh.group(1).split("\n"));
    assertEquals("./mvnw -q -pl examples/web -am package -DskipTests", commands.get(0));
    for (String command : commands.subList(1, commands.size())) {
      assertTrue(command.startsWith("java -jar examples/web/target/svmi-web.jar"), command);
      Matcher model = Pattern.compile("--model (\\S+)").matcher(command);
      if (model.find()) {
        assertTrue(Files.isRegularFile(Path.of(model.group(1))), command);
      }
    }
    assertTrue(section.contains("`svmi web form: http://localhost:8080/`"));
    assertTrue(Files.readString(Path.of("README.md"), UTF_8).contains("java -jar examples/web/target/svmi-web.jar"));
  }
}
