package io.svmi.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code svmi}: the top-level command; on its own it prints the usage and fails.
 *
 * <p>Its subcommands are not listed in the {@code @Command} annotation: picocli would then build
 * every subcommand (loading its classes, and through them Jackson, ANTLR or SnakeYAML) on every
 * run. {@link #commandLine} adds only the subcommand the user names, and all of them only when the
 * usage or a suggestion needs them. A new subcommand is one name in {@link #NAMES} and one case in
 * {@link #create}; {@code SubcommandsTest} checks that the two agree with the annotations.
 * ({@link Main} runs a plain {@code check FILE...} without picocli at all: see {@link
 * CheckCommand#plainFiles}.)
 */
@Command(
    name = "svmi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check, format and test maturity models (.svmi files), and evaluate assessments into action plans.",
    footer = {"", "Exit status: 0 success, 1 check failed, 2 bad usage or bad input, 3 internal error.",
        "Documentation: docs/cli.md"})
final class SvmiCommand implements Callable<Integer> {
  /** The subcommands' names, in the order the usage lists them. */
  static final List<String> NAMES = List.of(
      "check", "fmt", "plan", "explain", "diff", "batch", "aggregate", "test", "import-samm", "lsp", "daemon");

  @Spec CommandSpec spec;

  private final StandardInput stdin;
  private final OutputFiles outputs;

  SvmiCommand(StandardInput stdin, OutputFiles outputs) {
    this.stdin = stdin;
    this.outputs = outputs;
  }

  /** How the run a (sub)command belongs to writes its output files. */
  static OutputFiles outputs(CommandSpec spec) {
    return ((SvmiCommand) spec.root().userObject()).outputs;
  }

  /** Standard input of the run a (sub)command belongs to, for files given as {@code -}. */
  static StandardInput stdin(CommandSpec spec) {
    return ((SvmiCommand) spec.root().userObject()).stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.BAD_INPUT;
  }

  /**
   * The command line for these arguments: the top-level command with the subcommand that
   * {@code args} names, with none for {@code --version}, and with every subcommand otherwise (no
   * arguments, {@code --help}, a misspelt command: the usage lists them, a suggestion names one).
   */
  static CommandLine commandLine(String... args) {
    return commandLine(new StandardInput(java.io.InputStream.nullInputStream()), OutputFiles.ON_DISK, args);
  }

  /** As {@link #commandLine(String...)}, reading {@code -} from {@code stdin} and writing files through {@code outputs}. */
  static CommandLine commandLine(StandardInput stdin, OutputFiles outputs, String... args) {
    CommandLine commandLine = new CommandLine(new SvmiCommand(stdin, outputs));
    if (args.length > 0 && NAMES.contains(args[0])) {
      commandLine.addSubcommand(args[0], create(args[0]));
    } else if (!(args.length == 1 && (args[0].equals("-V") || args[0].equals("--version")))) {
      for (String name : NAMES) {
        commandLine.addSubcommand(name, create(name));
      }
    }
    return commandLine;
  }

  /** A new instance of the named subcommand's class (a switch: no reflection, nothing else loaded). */
  static Object create(String name) {
    return switch (name) {
      case "check" -> new CheckCommand();
      case "fmt" -> new FmtCommand();
      case "plan" -> new PlanCommand();
      case "explain" -> new ExplainCommand();
      case "diff" -> new DiffCommand();
      case "batch" -> new BatchCommand();
      case "aggregate" -> new AggregateCommand();
      case "test" -> new TestCommand();
      case "import-samm" -> new ImportSammCommand();
      case "lsp" -> new LspCommand();
      case "daemon" -> new DaemonCommand();
      default -> throw new IllegalArgumentException("no subcommand named '" + name + "'");
    };
  }
}
