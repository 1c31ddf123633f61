package io.svmi.dsl;

import com.google.common.collect.ImmutableList;
import io.svmi.ModelResult;
import org.antlr.v4.runtime.Token;

/**
 * What one compiler run gives: the result, and for the formatter the tokens (comments included)
 * and the anchors of the elements read.
 */
record Compilation(ModelResult result, ImmutableList<Token> tokens, ImmutableList<Anchor> anchors, Positions positions) {}
