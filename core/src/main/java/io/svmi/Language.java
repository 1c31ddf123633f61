package io.svmi;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A language a model's texts are written in ({@code languages { en "English" cy "Cymraeg" }}): an
 * id, such as a BCP 47 tag ({@code en}, {@code cy}), and the name a person choosing it reads. The
 * first language a model declares is its default, the language of its own texts.
 */
public record Language(String id, String name) {
  public Language {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
  }

  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
