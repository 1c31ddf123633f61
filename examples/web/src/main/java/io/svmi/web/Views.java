package io.svmi.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages, rendered by jte from templates compiled to classes at build time (src/main/jte, by
 * the jte Maven plugin): no template compiler runs in the server. Every value a template prints is
 * escaped for where it lands (text, attribute, URL).
 */
final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name}.jte with its one parameter, the page record. */
  String render(String name, Object page) {
    StringOutput out = new StringOutput();
    engine.render(name + ".jte", page, out);
    return out.toString();
  }
}
