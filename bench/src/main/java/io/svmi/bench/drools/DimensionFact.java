package io.svmi.bench.drools;

/** A dimension of the model, by id. */
public final class DimensionFact {
  private final String id;

  public DimensionFact(String id) {
    this.id = id;
  }

  public String getId() {
    return id;
  }
}
