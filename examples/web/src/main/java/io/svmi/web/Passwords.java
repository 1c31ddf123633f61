package io.svmi.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Passwords hashed with bcrypt (Patrick Favre-Bulle's library): a salt per hash, a cost factor of
 * 12 by default. bcrypt reads at most 72 bytes, so longer passwords are refused when set.
 */
final class Passwords {
  static final int MIN_LENGTH = 12;
  static final int MAX_BYTES = 72;
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final int cost;
  private final SecureRandom random = new SecureRandom();
  /** Compared against when the username is unknown, so that the answer takes as long. */
  private final String decoy;

  Passwords(int cost) {
    this.cost = cost;
    this.decoy = hash(generate());
  }

  String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  boolean matches(String password, String hash) {
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }

  /** Spends the time of one check, for a username that does not exist. */
  void decoyCheck(String password) {
    matches(password.length() > MAX_BYTES ? password.substring(0, MAX_BYTES) : password, decoy);
  }

  /** What is wrong with a new password, or empty. */
  static String problem(String password) {
    if (password.length() < MIN_LENGTH) {
      return "Enter a password of at least " + MIN_LENGTH + " characters";
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return "Enter a password of at most " + MAX_BYTES + " bytes";
    }
    return "";
  }

  /** A random password of 20 letters and digits (about 116 bits). */
  String generate() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
