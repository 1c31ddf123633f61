package io.svmi.cli;

import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.report.Answers;
import io.svmi.report.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svmi aggregate}: several teams' assessments combined into one for the organisation. */
@Command(
    name = "aggregate",
    header = "Combine several teams' assessments into one for the organisation.",
    description = {
      "Combine the answers files of several teams: each question's level is the teams' levels",
      "combined by a rule (lowest, lower-median or mean rounded down; --rule for all questions,",
      "--question-rule Q=RULE for one), shown beside the lowest and the highest team, and the",
      "organisation's assessment is evaluated by the model's rules."
    })
final class AggregateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The teams' answers files (JSON).")
  List<Path> files = List.of();

  @Mixin ModelOption model;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "lowest",
      description = "How the teams' levels combine: lowest, lower-median or mean (rounded down). Default: ${DEFAULT-VALUE}.")
  String rule = "lowest";

  @Option(names = "--question-rule", paramLabel = "Q=RULE", description = "A rule for one question, e.g. A1=mean.")
  List<String> questionRules = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html (a page with the organisation's radar chart and a chart of each question's"
          + " spread). Default: ${DEFAULT-VALUE}.")
  String format = "text";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    Portfolio.Rule all = Portfolio.Rule.byId(rule).orElseThrow(() -> badRule(rule));
    Map<String, Portfolio.Rule> rules = new LinkedHashMap<>();
    for (String entry : questionRules) {
      int eq = entry.indexOf('=');
      if (eq < 1) {
        throw new ParameterException(spec.commandLine(), "--question-rule wants Q=RULE, e.g. A1=mean: '" + entry + "'");
      }
      String r = entry.substring(eq + 1);
      rules.put(entry.substring(0, eq), Portfolio.Rule.byId(r).orElseThrow(() -> badRule(r)));
    }
    if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
      throw new ParameterException(spec.commandLine(),
          "unknown format '" + format + "' (expected one of text, json, html)");
    }
    try {
      MaturityModel m = model.load();
      List<Evaluation> teams = new ArrayList<>();
      for (Path file : files) {
        teams.add(m.evaluate(Answers.read(m, file)));
      }
      Portfolio portfolio = Portfolio.combine(m, teams, all, rules);
      String document = switch (format) {
        case "json" -> portfolio.json();
        case "html" -> portfolio.html();
        default -> portfolio.text();
      };
      return Outputs.write(spec, output, document);
    } catch (InputException e) {
      spec.commandLine().getErr().print(e.render() + "\n");
      return Main.BAD_INPUT;
    } catch (AssessmentException e) {
      spec.commandLine().getErr().print(e.getMessage() + "\n");
      return Main.BAD_INPUT;
    }
  }

  private ParameterException badRule(String value) {
    return new ParameterException(spec.commandLine(),
        "unknown rule '" + value + "' (expected one of lowest, lower-median, mean)");
  }
}
