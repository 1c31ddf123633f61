package io.svmi.samm;

/** A SAMM model folder that cannot be read: missing files, bad YAML, broken links between files. */
public final class SammImportException extends Exception {
  private static final long serialVersionUID = 1L;

  SammImportException(String message) {
    super(message);
  }

  SammImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
