package io.svmi.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the runnable jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"svmi " + (version == null ? "(development build)" : version)};
  }
}
