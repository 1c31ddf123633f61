package io.svmi.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.svmi.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: its exit status and what it wrote (never a stack trace). */
record CommandRun(int status, String out, String err) {
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    CommandRun run = new CommandRun(status, out.toString(), err.toString());
    for (String s : new String[] {run.out, run.err}) {
      assertFalse(s.contains("\tat ") || s.contains("Exception") || s.contains("internal error"),
          () -> "stack trace or internal error in output:\n" + s);
    }
    return run;
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}
