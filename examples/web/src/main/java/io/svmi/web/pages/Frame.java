package io.svmi.web.pages;

import java.util.List;

/**
 * What every page shares: its title, who is signed in ({@code user} empty when nobody is), the
 * CSRF token for the sign-out form, and the navigation links.
 */
public record Frame(String title, String user, String role, String csrf, List<Link> nav) {
  public Frame {
    nav = List.copyOf(nav);
  }

  public boolean signedIn() {
    return !user.isEmpty();
  }
}
