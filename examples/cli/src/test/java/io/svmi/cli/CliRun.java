package io.svmi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: its exit status and what it wrote. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    CliRun run = new CliRun(status, out.toString(), err.toString());
    run.assertNoStackTrace();
    return run;
  }

  /** Bad input is reported in words, never as a stack trace. */
  void assertNoStackTrace() {
    for (String s : new String[] {out, err}) {
      assertFalse(s.contains("\tat ") || s.contains("Exception"), () -> "stack trace in output:\n" + s);
    }
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}
