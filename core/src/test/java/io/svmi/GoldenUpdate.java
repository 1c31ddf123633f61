package io.svmi;

import java.util.Map;

/**
 * Whether a test run may rewrite golden files: {@code SVMI_UPDATE_GOLDEN=1} asks for it after an
 * intended change (review the diff after). A run that rewrites its golden files asserts nothing,
 * so update mode is refused when {@code CI} is set: in CI every golden file is checked. Every test
 * with golden files asks here (GoldenUpdateTest checks that none reads the variable itself).
 */
public final class GoldenUpdate {
  /** The variable that asks for update mode. */
  public static final String VARIABLE = "SVMI_UPDATE_GOLDEN";

  private GoldenUpdate() {}

  /** True when golden files are to be rewritten; throws when that is asked for in CI. */
  public static boolean requested() {
    return requested(System.getenv());
  }

  static boolean requested(Map<String, String> environment) {
    boolean asked = "1".equals(environment.get(VARIABLE));
    String ci = environment.get("CI");
    if (asked && ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
      throw new AssertionError(VARIABLE + "=1 is refused when CI is set (CI=" + ci + "): a run that rewrites"
          + " its golden files checks nothing; rewrite them on your machine and commit the diff");
    }
    return asked;
  }
}
